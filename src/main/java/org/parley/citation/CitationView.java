package org.parley.citation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.parley.document.AnchorStatus;
import org.parley.document.DocumentViews;
import org.parley.document.DocumentViews.DocumentRef;

@Schema(name = "Citation", description = "Where a position was stated: the exact quote and its span in the stored "
        + "text, in the style of W3C Web Annotation TextQuoteSelector and TextPositionSelector. "
        + "text[start, end) equals quote, counted in Unicode code points.")
public record CitationView(
        @Schema(required = true, examples = "1") long id,
        @Schema(required = true) DocumentRef document,
        @Schema(required = true, description = "The exact quote (TextQuoteSelector.exact).",
                examples = "Russia has demanded promises that NATO will not further expand eastward") String quote,
        @Schema(required = true, description = "Start offset in code points, inclusive.", examples = "2992")
        int start,
        @Schema(required = true, description = "End offset in code points, exclusive.", examples = "3063") int end,
        @Schema(required = true, description = "Up to 32 code points before the quote.") String prefix,
        @Schema(required = true, description = "Up to 32 code points after the quote.") String suffix,
        @Schema(required = true, description = "The quote's span in the stored text.",
                examples = "/api/documents/001_949e2e32b0da38f4/text?char=2992,3063") String spanUrl,
        @Schema(nullable = true, description = "The original article's URL with a text fragment (#:~:text=) for "
                + "the quote, when the document has an original URL.") String sourceUrl,
        @Schema(required = true, description = "How the citation stands after its document's latest revision.")
        AnchorView anchor) {

    /** An ORPHANED citation's span is in the revision it was made on, so its spanUrl names that revision. */
    public static CitationView of(long id, DocumentRef document, String quote, int start, int end, String prefix,
            String suffix, AnchorView anchor) {
        String text = anchor.status() == AnchorStatus.ORPHANED
                ? DocumentViews.textUrl(document.id(), anchor.revision()) + "&" : DocumentViews.textUrl(document.id())
                        + "?";
        return new CitationView(id, document, quote, start, end, prefix, suffix,
                text + "char=" + start + "," + end, TextFragments.link(document.url(), quote), anchor);
    }
}
