package org.parley.dashboard;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.parley.document.DocumentViews.DocumentRef;
import org.parley.party.PartyViews.PartyRef;
import org.parley.position.PositionKind;
import org.parley.topic.TopicViews.TopicRef;

public final class StatsViews {

    private StatsViews() {
    }

    @Schema(name = "Stats", description = "How many positions there are per party, topic, kind and document. "
            + "Every party, topic, kind and document is listed, those without positions with 0; most positions first.")
    public record StatsView(
            @Schema(required = true, examples = "75") long positions,
            @Schema(required = true, examples = "98") long citations,
            @Schema(required = true, examples = "5") long documents,
            @Schema(required = true) List<PartyCount> byParty,
            @Schema(required = true) List<TopicCount> byTopic,
            @Schema(required = true) List<KindCount> byKind,
            @Schema(required = true, description = "Per document: the positions it is cited for, and its citations.")
            List<DocumentCount> byDocument) {
    }

    @Schema(name = "PartyCount")
    public record PartyCount(@Schema(required = true) PartyRef party,
            @Schema(required = true, examples = "20") long positions) {
    }

    @Schema(name = "TopicCount")
    public record TopicCount(@Schema(required = true) TopicRef topic,
            @Schema(required = true, examples = "12") long positions) {
    }

    @Schema(name = "KindCount")
    public record KindCount(@Schema(required = true) PositionKind kind,
            @Schema(required = true, examples = "18") long positions) {
    }

    @Schema(name = "DocumentCount")
    public record DocumentCount(@Schema(required = true) DocumentRef document,
            @Schema(required = true, description = "Positions cited from it.", examples = "25") long positions,
            @Schema(required = true, description = "Citations into it.", examples = "27") long citations) {
    }
}
