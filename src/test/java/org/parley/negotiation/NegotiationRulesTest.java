package org.parley.negotiation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.position.PositionKind.ACCEPTANCE;
import static org.parley.position.PositionKind.CONDITION;
import static org.parley.position.PositionKind.DEMAND;
import static org.parley.position.PositionKind.PROPOSAL;
import static org.parley.position.PositionKind.REJECTION;
import static org.parley.position.PositionKind.STATEMENT;
import static org.parley.position.PositionKind.WARNING;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parley.negotiation.NegotiationRules.DemandState;
import org.parley.negotiation.NegotiationRules.DemandStatus;
import org.parley.negotiation.NegotiationRules.Stance;
import org.parley.negotiation.NegotiationRules.Stated;
import org.parley.negotiation.NegotiationRules.TopicState;
import org.parley.negotiation.NegotiationRules.TopicStatus;
import org.parley.position.PositionKind;

/**
 * The rules on small negotiations made by hand: East (east, east-ally) against West (west, west-ally), over topics
 * t and u; outsider sits on no side and topic "elsewhere" is out of scope.
 */
class NegotiationRulesTest {

    private static final NegotiationRules.Scope SCOPE = NegotiationRules.scope(
            List.of(List.of("east", "east-ally"), List.of("west", "west-ally")), Set.of("t", "u"));

    private final List<Stated> positions = new ArrayList<>();

    private Stated say(String id, String party, String topic, PositionKind kind, int day, String respondsTo) {
        Stated s = new Stated(id, party, topic, kind, LocalDate.of(2022, 1, day), respondsTo);
        positions.add(s);
        return s;
    }

    private TopicState topic(String topic) {
        return NegotiationRules.topics(SCOPE, List.of(topic), positions).get(0);
    }

    private DemandState demand(String topic) {
        return topic(topic).demands().get(0);
    }

    private Map<String, DemandStatus> byParty(DemandState d) {
        return d.byParty().stream().collect(Collectors.toMap(NegotiationRules.PartyAnswer::party,
                NegotiationRules.PartyAnswer::status));
    }

    @Test
    void nothingStatedIsQuiet() {
        TopicState t = topic("t");
        assertEquals(TopicStatus.QUIET, t.status());
        assertEquals(Rule.TOPIC_QUIET, t.rule());
        assertNull(t.lastMovement());
    }

    @Test
    void aDemandNobodyAnswersIsOpenEvenWhenOthersCommentOnIt() {
        say("d", "east", "t", DEMAND, 1, null);
        say("comment", "west", "t", STATEMENT, 2, "d");
        say("threat", "west", "t", WARNING, 3, "d");
        say("own-side", "east-ally", "u", ACCEPTANCE, 3, "d");
        say("outside", "outsider", "t", ACCEPTANCE, 3, "d");
        DemandState d = demand("t");
        assertEquals(DemandStatus.OPEN, d.status());
        assertEquals(Rule.DEMAND_OPEN, d.rule());
        assertTrue(d.byParty().isEmpty(), d.byParty().toString());
        assertEquals(TopicStatus.QUIET, topic("t").status(), "a demand alone has not moved anything yet");
        assertEquals(LocalDate.of(2022, 1, 1), topic("t").lastMovement());
    }

    @Test
    void aDemandMetOnlyByRejectionsIsRejectedAndItsTopicDeadlocked() {
        say("d", "east", "t", DEMAND, 1, null);
        say("no", "west", "t", REJECTION, 2, "d");
        say("no-too", "west-ally", "u", REJECTION, 4, "d");
        DemandState d = demand("t");
        assertEquals(DemandStatus.REJECTED, d.status());
        assertEquals(Rule.DEMAND_REJECTED, d.rule());
        assertEquals(Map.of("west", DemandStatus.REJECTED, "west-ally", DemandStatus.REJECTED), byParty(d));
        assertEquals("no", d.byParty().get(0).positions().get(0).id());
        TopicState t = topic("t");
        assertEquals(TopicStatus.DEADLOCKED, t.status());
        assertEquals(Rule.TOPIC_DEADLOCKED, t.rule());
        assertEquals(LocalDate.of(2022, 1, 4), t.lastMovement(), "an answer on another topic still moves this one");
        assertTrue(t.commonGround().isEmpty());
    }

    @Test
    void aCounterOfferWithoutAcceptanceCountersTheDemandAndTheTopicMoves() {
        say("d", "east", "t", DEMAND, 1, null);
        say("no", "west", "t", REJECTION, 2, "d");
        say("instead", "west-ally", "u", CONDITION, 2, "d");
        DemandState d = demand("t");
        assertEquals(DemandStatus.COUNTERED, d.status());
        assertEquals(Rule.DEMAND_COUNTERED, d.rule());
        assertEquals(Map.of("west", DemandStatus.REJECTED, "west-ally", DemandStatus.COUNTERED), byParty(d));
        TopicState t = topic("t");
        assertEquals(TopicStatus.MOVING, t.status(), "the counter-offer sits on another topic but answers t's demand");
        assertEquals(Rule.TOPIC_MOVING, t.rule());
        assertEquals(1, t.commonGround().size());
        assertEquals(Rule.OFFER_ANSWERS_DEMAND, t.commonGround().get(0).rule());
        assertEquals("instead", t.commonGround().get(0).second().id());
    }

    @Test
    void anAcceptanceAcceptsTheDemandAndTheTopicIsAgreed() {
        say("d", "east", "t", DEMAND, 1, null);
        say("no", "west", "t", REJECTION, 2, "d");
        say("yes", "west-ally", "t", ACCEPTANCE, 3, "d");
        DemandState d = demand("t");
        assertEquals(DemandStatus.ACCEPTED, d.status());
        assertEquals(Rule.DEMAND_ACCEPTED, d.rule());
        TopicState t = topic("t");
        assertEquals(TopicStatus.AGREED, t.status());
        assertEquals(Rule.TOPIC_AGREED, t.rule());
    }

    @Test
    void eachPartysLatestAnswerCounts() {
        say("d", "east", "t", DEMAND, 1, null);
        say("offer", "west", "t", PROPOSAL, 2, "d");
        say("then-no", "west", "t", REJECTION, 5, "d");
        assertEquals(DemandStatus.REJECTED, demand("t").status(), "a later rejection withdraws the offer");
        say("then-offer-again", "west", "t", PROPOSAL, 6, "d");
        assertEquals(DemandStatus.COUNTERED, demand("t").status());
        assertEquals(List.of("then-offer-again"), demand("t").byParty().get(0).positions().stream()
                .map(Stated::id).toList());
    }

    @Test
    void onOneDayTheStrongerAnswerCounts() {
        say("d", "east", "t", DEMAND, 1, null);
        say("no", "west", "t", REJECTION, 2, "d");
        say("but", "west", "t", PROPOSAL, 2, "d");
        assertEquals(DemandStatus.COUNTERED, demand("t").status());
    }

    @Test
    void offersFromBothSidesConverge() {
        say("d", "east", "t", DEMAND, 1, null);
        say("east-offer", "east", "t", PROPOSAL, 2, null);
        say("west-offer", "west", "t", CONDITION, 3, null);
        say("west-more", "west-ally", "t", PROPOSAL, 3, null);
        TopicState t = topic("t");
        assertEquals(TopicStatus.CONVERGING, t.status());
        assertEquals(Rule.TOPIC_CONVERGING, t.rule());
        assertEquals(2, t.commonGround().stream().filter(g -> g.rule() == Rule.COMMON_OFFERS).count(),
                "east-offer meets each western offer; the two western offers are the same side");
        assertEquals(DemandStatus.OPEN, t.demands().get(0).status());
    }

    @Test
    void offersFromOneSideOnlyAreMovingNotConverging() {
        say("west-offer", "west", "t", PROPOSAL, 3, null);
        say("west-ally-offer", "west-ally", "t", ACCEPTANCE, 4, "west-offer");
        assertEquals(TopicStatus.MOVING, topic("t").status());
        assertTrue(topic("t").commonGround().isEmpty());
    }

    @Test
    void outOfScopePositionsAreLeftOut() {
        say("d", "east", "elsewhere", DEMAND, 1, null);
        say("x", "outsider", "t", PROPOSAL, 1, null);
        assertEquals(TopicStatus.QUIET, topic("t").status());
        assertTrue(NegotiationRules.stances(SCOPE, positions, null, null).isEmpty());
    }

    @Test
    void replayingADayUsesOnlyWhatWasStatedByThen() {
        say("d", "east", "t", DEMAND, 1, null);
        say("offer", "west", "t", PROPOSAL, 8, "d");
        List<Stated> then = NegotiationRules.upTo(positions, LocalDate.of(2022, 1, 7));
        TopicState early = NegotiationRules.topics(SCOPE, List.of("t"), then).get(0);
        assertEquals(TopicStatus.QUIET, early.status());
        assertEquals(DemandStatus.OPEN, early.demands().get(0).status());
        assertEquals(TopicStatus.MOVING, topic("t").status());
    }

    @Test
    void aStanceShiftsWhereItsKindChangesSkippingStatements() {
        say("w1", "west", "t", REJECTION, 1, null);
        say("w2", "west", "t", REJECTION, 2, null);
        say("w3", "west", "t", STATEMENT, 3, null);
        say("w4", "west", "t", PROPOSAL, 4, null);
        say("w5", "west", "u", WARNING, 5, null);
        say("e1", "east", "t", DEMAND, 1, null);
        List<Stance> stances = NegotiationRules.stances(SCOPE, positions, "west", "t");
        assertEquals(1, stances.size());
        Stance west = stances.get(0);
        assertEquals(List.of("w1", "w2", "w3", "w4"), west.positions().stream().map(Stated::id).toList());
        assertEquals(1, west.shifts().size());
        assertEquals("w2", west.shifts().get(0).from().id());
        assertEquals("w4", west.shifts().get(0).to().id());
        assertEquals(3, NegotiationRules.stances(SCOPE, positions, null, null).size());
    }
}
