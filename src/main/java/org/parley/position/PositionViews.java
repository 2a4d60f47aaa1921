package org.parley.position;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.parley.api.Versioned;
import org.parley.citation.CitationView;
import org.parley.party.PartyViews.PartyRef;
import org.parley.party.PartyViews.RepresentativeView;
import org.parley.topic.TopicViews.TopicRef;

public final class PositionViews {

    private PositionViews() {
    }

    @Schema(name = "Position", description = "A party's stated stance on a topic at a date, with its citations.")
    public record PositionView(
            @Schema(required = true, examples = "ru-demand-nato-non-expansion") String id,
            @Schema(required = true) PartyRef party,
            @Schema(required = true) TopicRef topic,
            @Schema(required = true) PositionKind kind,
            @Schema(required = true, description = "A neutral one-sentence summary.",
                    examples = "Russia demands a commitment that NATO will not expand further east, and in "
                            + "particular that Ukraine never be allowed to join.") String summary,
            @Schema(required = true, examples = "2022-01-08") LocalDate statedOn,
            @Schema(nullable = true, description = "Who stated it, where the source names them.")
            RepresentativeView speaker,
            @Schema(nullable = true, description = "The position this one answers.") PositionRef respondsTo,
            @Schema(required = true, description = "At least one; one per source document reporting it.")
            List<CitationView> citations,
            @Schema(required = true, description = "Changes on every update; the ETag.", examples = "0") long version,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt) implements Versioned {
    }

    @Schema(name = "PositionRef", description = "A position named inside another one.")
    public record PositionRef(
            @Schema(required = true, examples = "ru-demand-nato-non-expansion") String id,
            @Schema(required = true) PartyRef party,
            @Schema(required = true) PositionKind kind,
            @Schema(required = true) String summary) {
    }

    @Schema(name = "Demand", description = "A demand with the positions that answer it.")
    public record DemandView(
            @Schema(required = true) PositionView demand,
            @Schema(required = true, description = "Positions whose respondsTo is this demand, in date order.")
            List<PositionView> responses) {
    }
}
