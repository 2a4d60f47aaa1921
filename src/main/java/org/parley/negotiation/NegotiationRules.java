package org.parley.negotiation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.parley.position.PositionKind;

/**
 * Where a negotiation stands, derived from its positions alone (no database): the status of every demand, the
 * state of every topic, the common ground, and each party's stance over time. A position is in the negotiation when
 * its party sits on a side and its topic is in scope; the answers that count are those of parties on other sides.
 */
public final class NegotiationRules {

    /** The kinds that put something on the table. */
    static final Set<PositionKind> OFFERS = EnumSet.of(PositionKind.PROPOSAL, PositionKind.CONDITION,
            PositionKind.ACCEPTANCE);
    /** The kinds that answer a demand; a statement or a warning that refers to one does not. */
    static final Set<PositionKind> ANSWERS = EnumSet.of(PositionKind.REJECTION, PositionKind.PROPOSAL,
            PositionKind.CONDITION, PositionKind.ACCEPTANCE);

    private static final Comparator<Stated> IN_ORDER = Comparator.comparing(Stated::statedOn)
            .thenComparing(Stated::id);

    private NegotiationRules() {
    }

    public enum DemandStatus { OPEN, REJECTED, COUNTERED, ACCEPTED }

    public enum TopicStatus { AGREED, CONVERGING, MOVING, DEADLOCKED, QUIET }

    /** The sides (side index by party) and the topics in scope. */
    public record Scope(Map<String, Integer> sideOf, Set<String> topics) {

        boolean includes(Stated s) {
            return sideOf.containsKey(s.party()) && topics.contains(s.topic());
        }

        boolean opposed(Stated a, Stated b) {
            Integer sa = sideOf.get(a.party());
            Integer sb = sideOf.get(b.party());
            return sa != null && sb != null && !sa.equals(sb);
        }
    }

    /** What the rules need of a position. */
    public record Stated(String id, String party, String topic, PositionKind kind, LocalDate statedOn,
            String respondsTo) {
    }

    public record PartyAnswer(String party, DemandStatus status, Rule rule, List<Stated> positions) {
    }

    public record DemandState(Stated demand, DemandStatus status, Rule rule, List<PartyAnswer> byParty) {
    }

    public record Ground(Stated first, Stated second, Rule rule) {
    }

    public record Shift(Stated from, Stated to) {
    }

    public record Stance(String party, String topic, List<Stated> positions, List<Shift> shifts) {
    }

    public record TopicState(String topic, TopicStatus status, Rule rule, LocalDate lastMovement,
            List<DemandState> demands, List<Ground> commonGround) {
    }

    /**
     * A topic's state in figures: what {@link NegotiationStates} keeps for it after every write. {@code demands}
     * counts the topic's demands by status, in {@link DemandStatus} order; {@code shifts} counts the shifts of
     * stance on the topic.
     */
    public record Summary(String topic, TopicStatus status, Rule rule, LocalDate lastMovement, List<Integer> demands,
            int commonGround, int shifts) {
    }

    /** The summary of each topic in scope, in the order given. */
    public static List<Summary> summaries(Scope scope, List<String> topics, List<Stated> all) {
        return topics(scope, topics, all).stream().map(t -> {
            int[] byStatus = new int[DemandStatus.values().length];
            t.demands().forEach(d -> byStatus[d.status().ordinal()]++);
            int shifts = stances(scope, all, null, t.topic()).stream().mapToInt(s -> s.shifts().size()).sum();
            return new Summary(t.topic(), t.status(), t.rule(), t.lastMovement(),
                    Arrays.stream(byStatus).boxed().toList(), t.commonGround().size(), shifts);
        }).toList();
    }

    /** Only what was stated up to {@code on} (all when null): what an analyst knew that day. */
    public static List<Stated> upTo(List<Stated> all, LocalDate on) {
        return on == null ? all : all.stream().filter(s -> !s.statedOn().isAfter(on)).toList();
    }

    /** The state of each topic in scope, in the order given. */
    public static List<TopicState> topics(Scope scope, List<String> topics, List<Stated> all) {
        List<Stated> sorted = all.stream().sorted(IN_ORDER).toList();
        return topics.stream().map(t -> topic(scope, t, sorted)).toList();
    }

    static TopicState topic(Scope scope, String topic, List<Stated> all) {
        List<Stated> here = all.stream().filter(s -> s.topic().equals(topic) && scope.includes(s)).toList();
        List<DemandState> demands = here.stream().filter(s -> s.kind() == PositionKind.DEMAND)
                .map(d -> demand(scope, d, all)).toList();
        List<Stated> offers = here.stream().filter(s -> OFFERS.contains(s.kind())).toList();
        long offeringSides = offers.stream().map(s -> scope.sideOf().get(s.party())).distinct().count();
        TopicStatus status;
        Rule rule;
        if (demands.stream().anyMatch(d -> d.status() == DemandStatus.ACCEPTED)) {
            status = TopicStatus.AGREED;
            rule = Rule.TOPIC_AGREED;
        } else if (offeringSides >= 2) {
            status = TopicStatus.CONVERGING;
            rule = Rule.TOPIC_CONVERGING;
        } else if (!offers.isEmpty() || demands.stream().anyMatch(d -> d.status() == DemandStatus.COUNTERED)) {
            status = TopicStatus.MOVING;
            rule = Rule.TOPIC_MOVING;
        } else if (demands.stream().anyMatch(d -> d.status() == DemandStatus.REJECTED)) {
            status = TopicStatus.DEADLOCKED;
            rule = Rule.TOPIC_DEADLOCKED;
        } else {
            status = TopicStatus.QUIET;
            rule = Rule.TOPIC_QUIET;
        }
        return new TopicState(topic, status, rule, lastMovement(here, demands), demands,
                commonGround(scope, offers, demands, all));
    }

    /** The latest demand or offer on the topic, or answer to one of its demands. */
    private static LocalDate lastMovement(List<Stated> here, List<DemandState> demands) {
        Stream<Stated> moves = Stream.concat(
                here.stream().filter(s -> s.kind() == PositionKind.DEMAND || OFFERS.contains(s.kind())),
                demands.stream().flatMap(d -> d.byParty().stream()).flatMap(a -> a.positions().stream()));
        return moves.map(Stated::statedOn).max(Comparator.naturalOrder()).orElse(null);
    }

    /**
     * A demand's status from each opposing party's latest answer. The texts give no time of day, so when a party
     * answers twice on its latest day, an acceptance outweighs a counter-offer and a counter-offer a rejection.
     */
    static DemandState demand(Scope scope, Stated demand, List<Stated> all) {
        Map<String, List<Stated>> byParty = new LinkedHashMap<>();
        all.stream().filter(s -> demand.id().equals(s.respondsTo()) && ANSWERS.contains(s.kind())
                        && scope.opposed(demand, s))
                .sorted(IN_ORDER).forEach(s -> byParty.computeIfAbsent(s.party(), k -> new ArrayList<>()).add(s));
        List<PartyAnswer> answers = new ArrayList<>();
        for (Map.Entry<String, List<Stated>> e : byParty.entrySet()) {
            LocalDate latest = e.getValue().get(e.getValue().size() - 1).statedOn();
            List<Stated> lastDay = e.getValue().stream().filter(s -> s.statedOn().equals(latest)).toList();
            DemandStatus status = lastDay.stream().map(s -> statusOf(s.kind())).max(Comparator.naturalOrder())
                    .orElseThrow();
            answers.add(new PartyAnswer(e.getKey(), status, ruleOf(status),
                    lastDay.stream().filter(s -> statusOf(s.kind()) == status).toList()));
        }
        answers.sort(Comparator.comparing(PartyAnswer::party));
        DemandStatus status = answers.stream().map(PartyAnswer::status).max(Comparator.naturalOrder())
                .orElse(DemandStatus.OPEN);
        return new DemandState(demand, status, ruleOf(status), answers);
    }

    private static DemandStatus statusOf(PositionKind answer) {
        return switch (answer) {
            case ACCEPTANCE -> DemandStatus.ACCEPTED;
            case PROPOSAL, CONDITION -> DemandStatus.COUNTERED;
            case REJECTION -> DemandStatus.REJECTED;
            default -> DemandStatus.OPEN;
        };
    }

    private static Rule ruleOf(DemandStatus status) {
        return switch (status) {
            case ACCEPTED -> Rule.DEMAND_ACCEPTED;
            case COUNTERED -> Rule.DEMAND_COUNTERED;
            case REJECTED -> Rule.DEMAND_REJECTED;
            case OPEN -> Rule.DEMAND_OPEN;
        };
    }

    /** Offers on the topic from opposing sides, pairwise; and each demand with the offers that answer it. */
    private static List<Ground> commonGround(Scope scope, List<Stated> offers, List<DemandState> demands,
            List<Stated> all) {
        List<Ground> ground = new ArrayList<>();
        for (int i = 0; i < offers.size(); i++) {
            for (int j = i + 1; j < offers.size(); j++) {
                if (scope.opposed(offers.get(i), offers.get(j))) {
                    ground.add(new Ground(offers.get(i), offers.get(j), Rule.COMMON_OFFERS));
                }
            }
        }
        for (DemandState d : demands) {
            all.stream().filter(s -> d.demand().id().equals(s.respondsTo()) && OFFERS.contains(s.kind())
                            && scope.opposed(d.demand(), s))
                    .forEach(s -> ground.add(new Ground(d.demand(), s, Rule.OFFER_ANSWERS_DEMAND)));
        }
        return ground;
    }

    /**
     * Each party's positions per topic in date order (by id within a day, as the texts give no time), with a shift
     * wherever a stance changes kind. {@code party} and {@code topic} narrow the series when not null.
     */
    public static List<Stance> stances(Scope scope, List<Stated> all, String party, String topic) {
        Map<List<String>, List<Stated>> series = new LinkedHashMap<>();
        all.stream().filter(scope::includes)
                .filter(s -> party == null || party.equals(s.party()))
                .filter(s -> topic == null || topic.equals(s.topic()))
                .sorted(Comparator.comparing(Stated::party).thenComparing(Stated::topic).thenComparing(IN_ORDER))
                .forEach(s -> series.computeIfAbsent(List.of(s.party(), s.topic()), k -> new ArrayList<>()).add(s));
        List<Stance> stances = new ArrayList<>();
        series.forEach((key, positions) -> stances.add(new Stance(key.get(0), key.get(1), positions,
                shifts(positions))));
        return stances;
    }

    static List<Shift> shifts(List<Stated> positions) {
        List<Shift> shifts = new ArrayList<>();
        Stated previous = null;
        for (Stated s : positions) {
            if (s.kind() == PositionKind.STATEMENT) {
                continue;
            }
            if (previous != null && previous.kind() != s.kind()) {
                shifts.add(new Shift(previous, s));
            }
            previous = s;
        }
        return shifts;
    }

    /** Scope from sides given as lists of party ids. */
    public static Scope scope(List<List<String>> sides, Set<String> topics) {
        Map<String, Integer> sideOf = new HashMap<>();
        for (int i = 0; i < sides.size(); i++) {
            for (String party : sides.get(i)) {
                sideOf.putIfAbsent(party, i);
            }
        }
        return new Scope(Map.copyOf(sideOf), Set.copyOf(Objects.requireNonNull(topics)));
    }
}
