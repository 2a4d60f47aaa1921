package org.parley.document;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Reanchoring", description = "What a new revision did to the citations of the document: how many "
        + "landed how, and each one that did not stay EXACT. Orphaned citations keep their old revision and quote.")
public record ReanchoringReport(
        @Schema(required = true, description = "The revision the citations were re-anchored into.", examples = "2")
        int revision,
        @Schema(required = true, description = "True when nothing was stored (?dryRun=true).") boolean dryRun,
        @Schema(required = true, description = "What changed in the text.",
                examples = "+42 −7 code points in 2 places") String summary,
        @Schema(required = true) Counts counts,
        @Schema(required = true, description = "Every citation that is not EXACT now, ORPHANED ones first.")
        List<Item> citations) {

    @Schema(name = "ReanchoringCounts")
    public record Counts(
            @Schema(required = true) int exact,
            @Schema(required = true) int moved,
            @Schema(required = true) int fuzzy,
            @Schema(required = true) int orphaned) {

        public static Counts of(List<AnchorStatus> statuses) {
            return new Counts(count(statuses, AnchorStatus.EXACT), count(statuses, AnchorStatus.MOVED),
                    count(statuses, AnchorStatus.FUZZY), count(statuses, AnchorStatus.ORPHANED));
        }

        private static int count(List<AnchorStatus> statuses, AnchorStatus status) {
            return (int) statuses.stream().filter(s -> s == status).count();
        }
    }

    @Schema(name = "ReanchoredCitation")
    public record Item(
            @Schema(required = true, description = "The citation's id.") long citation,
            @Schema(required = true, description = "The position it supports.") String position,
            @Schema(required = true) AnchorStatus status,
            @Schema(required = true, description = "Similarity to the old quote, 0 to 1.") double score,
            @Schema(nullable = true, description = "The new span; null when orphaned.") Integer start,
            @Schema(nullable = true) Integer end,
            @Schema(nullable = true, description = "The new quote; null when orphaned.") String quote,
            @Schema(required = true, description = "The span and quote before.") Previous previous,
            @Schema(nullable = true, description = "Why it was orphaned.") String reason) {
    }

    @Schema(name = "PreviousAnchor", description = "Where a re-anchored citation was before.")
    public record Previous(
            @Schema(required = true) int start,
            @Schema(required = true) int end,
            @Schema(required = true) String quote) {
    }
}
