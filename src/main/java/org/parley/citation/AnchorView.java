package org.parley.citation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.parley.document.AnchorStatus;
import org.parley.document.ReanchoringReport;

@Schema(name = "Anchor", description = "How the citation stands after its document's latest revision. For every "
        + "status but ORPHANED, the current text's [start, end) equals the quote; an ORPHANED citation keeps the "
        + "revision, offsets and quote it had, and its spanUrl names that revision.")
public record AnchorView(
        @Schema(required = true, examples = "MOVED") AnchorStatus status,
        @Schema(required = true, description = "The document revision the citation's offsets count in.",
                examples = "2") int revision,
        @Schema(required = true, description = "Similarity of the quote to the one before re-anchoring, 0 to 1.",
                examples = "1.0") double score,
        @Schema(nullable = true, description = "The span and quote before the last re-anchoring, if it was "
                + "re-anchored.") ReanchoringReport.Previous previous) {

    /** A citation anchored on its revision and never moved since. */
    public static AnchorView exact(int revision) {
        return new AnchorView(AnchorStatus.EXACT, revision, 1.0, null);
    }

    public static AnchorView of(Citation c) {
        return new AnchorView(c.anchorStatus, c.revision, c.anchorScore, c.previousQuote == null ? null
                : new ReanchoringReport.Previous(c.previousStart, c.previousEnd, c.previousQuote));
    }
}
