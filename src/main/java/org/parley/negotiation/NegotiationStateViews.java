package org.parley.negotiation;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.parley.negotiation.NegotiationRules.DemandStatus;
import org.parley.negotiation.NegotiationRules.TopicStatus;
import org.parley.party.PartyViews.PartyRef;
import org.parley.position.PositionKind;
import org.parley.position.PositionViews.PositionView;
import org.parley.topic.TopicViews.TopicRef;

/** Where a negotiation stands, as published: every status with the rule that produced it and the positions behind. */
public final class NegotiationStateViews {

    private NegotiationStateViews() {
    }

    @Schema(name = "NegotiationState", description = "Where the negotiation stands on each topic in scope.")
    public record StateView(
            @Schema(required = true, examples = "us-russia-security-talks-2022") String negotiation,
            @Schema(nullable = true, description = "Computed from the statements made up to this day; all when null.",
                    examples = "2022-01-08") LocalDate on,
            @Schema(required = true) List<TopicStateView> topics) {
    }

    @Schema(name = "TopicState", description = "A topic's state, its demands, common ground and stances.")
    public record TopicStateView(
            @Schema(required = true) TopicRef topic,
            @Schema(required = true) TopicStatus state,
            @Schema(required = true, description = "The rule that produced the state.") Rule rule,
            @Schema(required = true, description = "The rule in words.") String because,
            @Schema(nullable = true, description = "The date of the latest demand or offer on the topic, or answer to one "
                    + "of its demands.")
            LocalDate lastMovement,
            @Schema(required = true) List<DemandStatusView> demands,
            @Schema(required = true) List<CommonGroundView> commonGround,
            @Schema(required = true) List<StanceView> stances) {
    }

    @Schema(name = "DemandStatus", description = "A demand's status from the latest answer of each opposing party.")
    public record DemandStatusView(
            @Schema(required = true) PositionView demand,
            @Schema(required = true) DemandStatus status,
            @Schema(required = true) Rule rule,
            @Schema(required = true) String because,
            @Schema(required = true) List<PartyStatusView> byParty) {
    }

    @Schema(name = "PartyDemandStatus", description = "One opposing party's answer to a demand.")
    public record PartyStatusView(
            @Schema(required = true) PartyRef party,
            @Schema(required = true) DemandStatus status,
            @Schema(required = true) Rule rule,
            @Schema(required = true) String because,
            @Schema(required = true, description = "The party's latest answers that justify the status.")
            List<PositionView> positions) {
    }

    @Schema(name = "CommonGround", description = "Two positions of opposing sides where a deal could be made.")
    public record CommonGroundView(
            @Schema(required = true) Rule rule,
            @Schema(required = true) String because,
            @Schema(required = true, description = "The two positions, with their citations.")
            List<PositionView> positions) {
    }

    @Schema(name = "Stance", description = "A party's positions on a topic in statement-date order, with shifts.")
    public record StanceView(
            @Schema(required = true) PartyRef party,
            @Schema(required = true) TopicRef topic,
            @Schema(required = true) List<PositionView> positions,
            @Schema(required = true) List<ShiftView> shifts) {
    }

    @Schema(name = "StanceShift", description = "Where a party's stance on a topic changes kind.")
    public record ShiftView(
            @Schema(required = true) Rule rule,
            @Schema(required = true) String because,
            @Schema(required = true) PositionKind from,
            @Schema(required = true) PositionKind to,
            @Schema(required = true, description = "The date of the later position.") LocalDate on,
            @Schema(required = true, description = "The two positions that show it: before, then after.")
            List<PositionView> positions) {
    }

    @Schema(name = "Stances", description = "Stances over time of the parties in a negotiation.")
    public record StancesView(
            @Schema(required = true, examples = "us-russia-security-talks-2022") String negotiation,
            @Schema(nullable = true, examples = "2022-01-08") LocalDate on,
            @Schema(required = true) List<StanceView> stances) {
    }
}
