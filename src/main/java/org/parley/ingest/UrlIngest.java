package org.parley.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.util.List;
import org.parley.document.DateBasis;
import org.parley.document.DocumentInput;
import org.parley.document.UrlCompletion;
import org.parley.error.DomainException;
import org.parley.error.FieldError;

/**
 * Completes a document given by URL alone: fetches the page (outside any transaction, so no database connection
 * waits on the network) and fills the text and the metadata the client left out.
 */
@ApplicationScoped
public class UrlIngest implements UrlCompletion {

    private final PageFetcher fetcher;

    public UrlIngest(PageFetcher fetcher) {
        this.fetcher = fetcher;
    }

    @Override
    public DocumentInput complete(DocumentInput input) {
        if (input.text() != null || input.url() == null) {
            return input;
        }
        PageFetcher.Page page = fetcher.fetch(input.url());
        Article article;
        try {
            article = ArticleExtractor.extract(page);
        } catch (UncheckedIOException e) {
            throw unreadable(e.getCause().getMessage());
        }
        if (article.text().isBlank()) {
            throw unreadable("No article text was found at " + page.url() + ".");
        }
        boolean dated = input.publishedOn() == null && article.publishedOn() != null;
        return new DocumentInput(input.id(),
                first(input.title(), article.title(), page.url().toString()),
                first(input.outlet(), article.outlet()),
                page.url().toString(),
                dated ? article.publishedOn() : input.publishedOn(),
                dated ? DateBasis.METADATA : input.publishedBasis(),
                dated ? "From " + article.dateSource() + "." : input.publishedNote(),
                first(input.language(), language(article.language())),
                input.note(),
                article.text());
    }

    private static String language(String tag) {
        return tag != null && tag.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*") ? tag : null;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static DomainException unreadable(String detail) {
        return DomainException.invalidContent(detail, List.of(new FieldError("url", detail)));
    }
}
