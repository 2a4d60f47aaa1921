package org.parley.search;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What search returns. Offsets count Unicode code points, like every offset of Parley's. */
public final class SearchViews {

    private SearchViews() {
    }

    @Schema(description = "A document whose text matches the query, with its first passages that match.")
    public record DocumentHit(
            @Schema(required = true) DocumentRef document,
            @Schema(required = true, description = "BM25 score: higher is a better match.") float score,
            @Schema(required = true, description = "How many matches the text holds.") int matches,
            @Schema(required = true, description = "The first matches in text order, at most 5.")
            List<Passage> passages) {
    }

    public record DocumentRef(
            @Schema(required = true, examples = "001_949e2e32b0da38f4") String id,
            @Schema(required = true) String title,
            String outlet,
            LocalDate publishedOn) {
    }

    @Schema(description = "A matched span of the text, ready to post as a citation: text[start, end) is the quote, "
            + "prefix and suffix are the 32 code points either side.")
    public record Passage(
            @Schema(required = true) int start,
            @Schema(required = true) int end,
            @Schema(required = true) String quote,
            @Schema(required = true) String prefix,
            @Schema(required = true) String suffix,
            @Schema(required = true) Snippet snippet,
            @Schema(required = true, description = "Positions with a citation of this document overlapping the span.")
            List<String> citedBy) {
    }

    @Schema(description = "The text around a passage, as plain text (escape it when rendering HTML), with the "
            + "matches in it as code point offsets into the snippet.")
    public record Snippet(
            @Schema(required = true) String text,
            @Schema(required = true) List<Highlight> highlights) {
    }

    public record Highlight(@Schema(required = true) int start, @Schema(required = true) int end) {
    }

    @Schema(description = "How many positions match, in all and per party, topic and kind, most first.")
    public record FacetsView(
            @Schema(required = true) long totalItems,
            @Schema(required = true) List<FacetCount> parties,
            @Schema(required = true) List<FacetCount> topics,
            @Schema(required = true) List<FacetCount> kinds) {
    }

    public record FacetCount(@Schema(required = true) String value, @Schema(required = true) long count) {
    }
}
