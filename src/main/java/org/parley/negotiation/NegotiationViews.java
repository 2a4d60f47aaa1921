package org.parley.negotiation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.parley.api.Versioned;
import org.parley.document.DocumentViews.DocumentRef;
import org.parley.party.PartyViews.PartyRef;
import org.parley.topic.TopicViews.TopicRef;

/** The published shapes of negotiations. */
public final class NegotiationViews {

    private NegotiationViews() {
    }

    @Schema(name = "Negotiation", description = "Talks between sides, each a named group of parties, over a set of "
            + "topics. A position is in the negotiation when its party sits on one of the sides and its topic is in "
            + "scope.")
    public record NegotiationView(
            @Schema(required = true, examples = "us-russia-security-talks-2022") String id,
            @Schema(required = true, examples = "US/NATO-Russia security talks, January 2022") String name,
            @Schema(nullable = true) String description,
            @Schema(nullable = true, examples = "2021-12-17") LocalDate startsOn,
            @Schema(nullable = true, examples = "2022-02-24") LocalDate endsOn,
            @Schema(required = true) List<SideView> sides,
            @Schema(required = true, description = "The topics in scope, by id.") List<TopicRef> topics,
            @Schema(required = true, description = "The documents that report it, by id.") List<DocumentRef> documents,
            @Schema(required = true, description = "Changes on every update; the ETag.", examples = "0") long version,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt) implements Versioned {
    }

    @Schema(name = "Side", description = "A named group of parties on one side of a negotiation.")
    public record SideView(
            @Schema(required = true, examples = "Russia") String name,
            @Schema(required = true) List<PartyRef> parties) {
    }
}
