package org.parley.dashboard;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.parley.party.PartyViews.PartyRef;
import org.parley.position.PositionKind;
import org.parley.topic.TopicViews.TopicRef;

public final class MatrixViews {

    private MatrixViews() {
    }

    @Schema(name = "Matrix", description = "Parties (rows) by topics (columns); each cell holds the party's latest "
            + "position on the topic. Cells come row by row, one for every party and topic, empty ones included.")
    public record MatrixView(
            @Schema(required = true, description = "The rows, in order.") List<PartyRef> parties,
            @Schema(required = true, description = "The columns, in order.") List<TopicRef> topics,
            @Schema(required = true, description = "parties × topics cells, row by row.") List<MatrixCell> cells) {
    }

    @Schema(name = "MatrixCell", description = "One party on one topic.")
    public record MatrixCell(
            @Schema(required = true) PartyRef party,
            @Schema(required = true) TopicRef topic,
            @Schema(required = true, description = "How many positions the party took on the topic.", examples = "3")
            long positions,
            @Schema(nullable = true, description = "The latest of them (latest statement date, then greatest id); "
                    + "null when there is none.") LatestPosition latest) {
    }

    @Schema(name = "LatestPosition", description = "A party's latest position on a topic, summarised for a cell.")
    public record LatestPosition(
            @Schema(required = true, examples = "ru-demand-nato-non-expansion") String id,
            @Schema(required = true) PositionKind kind,
            @Schema(required = true, examples = "2022-01-10") LocalDate statedOn,
            @Schema(required = true) String summary,
            @Schema(nullable = true, description = "The id of the position this one answers.",
                    examples = "ru-demand-nato-non-expansion") String respondsTo,
            @Schema(required = true, description = "Number of citations.", examples = "2") long citations,
            @Schema(required = true, description = "Number of distinct documents among the citations: how many "
                    + "sources corroborate it.", examples = "2") long documents,
            @Schema(required = true, description = "The full position.",
                    examples = "/api/positions/ru-demand-nato-non-expansion") String url,
            @Schema(required = true, description = "Whether a citation of it is FUZZY or ORPHANED after a document "
                    + "revision, and waits for an editor's review.") boolean needsReview) {
    }
}
