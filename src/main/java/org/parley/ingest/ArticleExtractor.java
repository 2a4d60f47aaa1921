package org.parley.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads an article's main text and metadata from a page. Deterministic: the same bytes give the same text, built
 * as the page's text blocks (paragraphs, headings, list items, quotes) in document order, each with its whitespace
 * collapsed to single spaces, joined by one blank line.
 */
public final class ArticleExtractor {

    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption";
    private static final String NOISE = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, svg, button, select, [hidden], [aria-hidden=true], [role=navigation], [role=complementary]";
    private static final Pattern DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticleExtractor() {
    }

    public static Article extract(PageFetcher.Page page) {
        if (page.mediaType().equals("text/plain")) {
            return plain(new String(page.body(), charset(page.charset())));
        }
        Document html;
        try {
            html = Jsoup.parse(new ByteArrayInputStream(page.body()), page.charset(), page.url().toString());
        } catch (IOException | IllegalArgumentException e) {
            throw new UncheckedIOException(new IOException("Unreadable page: " + e.getMessage()));
        }
        return html(html);
    }

    static Article html(Document html) {
        String title = first(meta(html, "og:title"), html.title(), text(html.selectFirst("h1")));
        String outlet = meta(html, "og:site_name");
        String language = html.selectFirst("html") == null ? null : blankToNull(html.selectFirst("html").attr("lang"));
        LocalDate date = null;
        String dateSource = null;
        for (Map.Entry<String, String> candidate : dates(html).entrySet()) {
            date = date(candidate.getValue());
            if (date != null) {
                dateSource = candidate.getKey();
                break;
            }
        }
        html.select(NOISE).remove();
        String text = String.join("\n\n", blocks(container(html)));
        return new Article(clip(title, 500), clip(outlet, 200), date, dateSource, language, text);
    }

    static Article plain(String body) {
        String text = body.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ')
                .replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
        String title = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        return new Article(clip(title, 500), null, null, null, null, text);
    }

    /** The page's publication date candidates, in the order they are trusted. */
    private static Map<String, String> dates(Document html) {
        Map<String, String> dates = new java.util.LinkedHashMap<>();
        String meta = meta(html, "article:published_time");
        if (meta != null) {
            dates.put("the page's article:published_time meta tag", meta);
        }
        for (Element script : html.select("script[type=application/ld+json]")) {
            String published = jsonLdDate(script.data());
            if (published != null) {
                dates.putIfAbsent("the page's JSON-LD datePublished", published);
            }
        }
        Element time = html.selectFirst("article time[datetime], time[datetime]");
        if (time != null) {
            dates.put("the page's <time datetime> element", time.attr("datetime"));
        }
        return dates;
    }

    private static String jsonLdDate(String json) {
        try {
            List<JsonNode> found = JSON.readTree(json).findValues("datePublished");
            return found.stream().filter(JsonNode::isTextual).map(JsonNode::asText).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static LocalDate date(String value) {
        Matcher m = DATE.matcher(value.trim());
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.parse(m.group(1));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The element holding the article: its {@code <article>}, articleBody or {@code <main>}, else the densest. */
    private static Element container(Document html) {
        Elements articles = html.select("[itemprop=articleBody], article, main, [role=main]");
        if (!articles.isEmpty()) {
            return articles.stream().max(Comparator.comparingInt(ArticleExtractor::paragraphText)).orElseThrow();
        }
        Map<Element, Integer> scores = new HashMap<>();
        for (Element p : html.select("p")) {
            if (p.parent() != null) {
                scores.merge(p.parent(), p.text().length(), Integer::sum);
            }
        }
        // Ties go to the earlier element, so the choice never depends on hash order.
        return html.select("*").stream().filter(scores::containsKey)
                .max(Comparator.comparingInt(scores::get)).orElse(html.body());
    }

    private static int paragraphText(Element e) {
        return e.select("p").stream().mapToInt(p -> p.text().length()).sum();
    }

    /** The text of each innermost block, in document order, with whitespace collapsed. */
    private static List<String> blocks(Element container) {
        if (container == null) {
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        Elements blocks = container.select(BLOCKS);
        for (Element block : blocks) {
            if (!block.select(BLOCKS).stream().allMatch(b -> b == block)) {
                continue;
            }
            String text = normalise(block.text());
            if (!text.isEmpty()) {
                texts.add(text);
            }
        }
        if (texts.isEmpty()) {
            String whole = normalise(container.text());
            return whole.isEmpty() ? List.of() : List.of(whole);
        }
        return texts;
    }

    private static String normalise(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static String meta(Document html, String property) {
        Element e = html.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return e == null ? null : blankToNull(e.attr("content").strip());
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return normalise(v);
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String clip(String s, int max) {
        return s == null || s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max));
    }

    private static Charset charset(String name) {
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
