package org.parley.document;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.parley.api.Page;
import org.parley.api.PageRequest;
import org.parley.api.ProblemException;
import org.parley.document.DocumentViews.DocumentView;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DocumentService {

    public Page<DocumentView> list(PageRequest request) {
        var query = SourceDocument.<SourceDocument>findAll(Sort.by("publishedOn").and("id"))
                .page(request.page() - 1, request.size());
        return Page.of(query.list().stream().map(DocumentView::metadata).toList(), request, query.count());
    }

    public DocumentView get(String id) {
        return DocumentView.withText(require(id));
    }

    /** The text, or the code point span of it that {@code range} names. */
    public String text(String id, CharRange range) {
        SourceDocument document = require(id);
        if (range == null) {
            return document.text;
        }
        int[] span = range.resolve(document.length);
        return CodePoints.slice(document.text, span[0], span[1]);
    }

    public void requireExists(String id) {
        if (SourceDocument.count("id", id) == 0) {
            throw ProblemException.notFound("document", id);
        }
    }

    private SourceDocument require(String id) {
        return SourceDocument.<SourceDocument>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("document", id));
    }
}
