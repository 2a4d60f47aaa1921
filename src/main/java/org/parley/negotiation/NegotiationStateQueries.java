package org.parley.negotiation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parley.error.DomainException;
import org.parley.negotiation.NegotiationRules.DemandState;
import org.parley.negotiation.NegotiationRules.Ground;
import org.parley.negotiation.NegotiationRules.Scope;
import org.parley.negotiation.NegotiationRules.Stance;
import org.parley.negotiation.NegotiationRules.Stated;
import org.parley.negotiation.NegotiationRules.Summary;
import org.parley.negotiation.NegotiationRules.TopicState;
import org.parley.negotiation.NegotiationStateViews.CommonGroundView;
import org.parley.negotiation.NegotiationStateViews.DemandStatusView;
import org.parley.negotiation.NegotiationStateViews.PartyStatusView;
import org.parley.negotiation.NegotiationStateViews.ShiftView;
import org.parley.negotiation.NegotiationStateViews.StanceView;
import org.parley.negotiation.NegotiationStateViews.StancesView;
import org.parley.negotiation.NegotiationStateViews.StateView;
import org.parley.negotiation.NegotiationStateViews.TopicStateView;
import org.parley.party.PartyViews.PartyRef;
import org.parley.position.PositionQueries;
import org.parley.position.PositionViews.PositionView;
import org.parley.topic.TopicViews.TopicRef;

/** Loads a negotiation's positions and hands them to {@link NegotiationRules}; all the judgement is there. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NegotiationStateQueries {

    private final PositionQueries positions;
    private final NegotiationStates states;

    public NegotiationStateQueries(PositionQueries positions, NegotiationStates states) {
        this.positions = positions;
        this.states = states;
    }

    /**
     * Today's state takes each topic's verdict (state, rule, last movement) from what every write keeps
     * ({@link NegotiationStates}); the positions behind it, and a past day's state, are derived from the positions.
     */
    public StateView state(String id, LocalDate on) {
        Loaded loaded = load(id, on);
        Map<String, Summary> kept = on == null ? states.kept(id) : Map.of();
        List<TopicState> topics = NegotiationRules.topics(loaded.scope, loaded.topicIds(), loaded.stated).stream()
                .map(t -> kept.containsKey(t.topic()) ? verdict(t, kept.get(t.topic())) : t).toList();
        List<Stance> stances = NegotiationRules.stances(loaded.scope, loaded.stated, null, null);
        return new StateView(id, on, topics.stream().map(t -> new TopicStateView(loaded.topics.get(t.topic()),
                t.status(), t.rule(), t.rule().text(), t.lastMovement(),
                t.demands().stream().map(d -> demand(d, loaded)).toList(),
                t.commonGround().stream().map(g -> ground(g, loaded)).toList(),
                stances.stream().filter(s -> s.topic().equals(t.topic())).map(s -> stance(s, loaded)).toList()))
                .toList());
    }

    public StancesView stances(String id, String party, String topic, LocalDate on) {
        Loaded loaded = load(id, on);
        if (party != null && !loaded.scope.sideOf().containsKey(party)) {
            throw DomainException.invalidParameter("party", "'" + party + "' sits on no side of negotiation '" + id
                    + "'");
        }
        if (topic != null && !loaded.scope.topics().contains(topic)) {
            throw DomainException.invalidParameter("topic", "'" + topic + "' is not in the scope of negotiation '" + id
                    + "'");
        }
        return new StancesView(id, on, NegotiationRules.stances(loaded.scope, loaded.stated, party, topic).stream()
                .map(s -> stance(s, loaded)).toList());
    }

    private Loaded load(String id, LocalDate on) {
        Negotiation n = NegotiationService.require(id);
        Map<String, Integer> sideOf = n.members.stream()
                .collect(Collectors.toMap(m -> m.partyId, m -> m.sideOrder, (a, b) -> a));
        Scope scope = new Scope(Map.copyOf(sideOf), new HashSet<>(n.topics));
        List<String> ids = sideOf.isEmpty() || n.topics.isEmpty() ? List.of()
                : NegotiationStates.inScope(sideOf.keySet(), n.topics).stream().map(Stated::id).toList();
        Map<String, PositionView> views = positions.views(ids).stream()
                .collect(Collectors.toMap(PositionView::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<Stated> stated = NegotiationRules.upTo(views.values().stream().map(NegotiationStateQueries::stated)
                .toList(), on);
        var view = NegotiationService.view(n);
        Map<String, TopicRef> topics = new LinkedHashMap<>();
        view.topics().forEach(t -> topics.put(t.id(), t));
        Map<String, PartyRef> parties = new LinkedHashMap<>();
        view.sides().forEach(s -> s.parties().forEach(p -> parties.put(p.id(), p)));
        return new Loaded(scope, stated, views, topics, parties);
    }

    private static TopicState verdict(TopicState derived, Summary kept) {
        return new TopicState(derived.topic(), kept.status(), kept.rule(), kept.lastMovement(), derived.demands(),
                derived.commonGround());
    }

    private static Stated stated(PositionView p) {
        return new Stated(p.id(), p.party().id(), p.topic().id(), p.kind(), p.statedOn(),
                p.respondsTo() == null ? null : p.respondsTo().id());
    }

    private static DemandStatusView demand(DemandState d, Loaded loaded) {
        return new DemandStatusView(loaded.view(d.demand()), d.status(), d.rule(), d.rule().text(),
                d.byParty().stream().map(a -> new PartyStatusView(loaded.parties.get(a.party()), a.status(),
                        a.rule(), a.rule().text(), a.positions().stream().map(loaded::view).toList())).toList());
    }

    private static CommonGroundView ground(Ground g, Loaded loaded) {
        return new CommonGroundView(g.rule(), g.rule().text(), List.of(loaded.view(g.first()),
                loaded.view(g.second())));
    }

    private static StanceView stance(Stance s, Loaded loaded) {
        return new StanceView(loaded.parties.get(s.party()), loaded.topics.get(s.topic()),
                s.positions().stream().map(loaded::view).toList(),
                s.shifts().stream().map(x -> new ShiftView(Rule.STANCE_SHIFT, Rule.STANCE_SHIFT.text(),
                        x.from().kind(), x.to().kind(), x.to().statedOn(),
                        List.of(loaded.view(x.from()), loaded.view(x.to())))).toList());
    }

    private record Loaded(Scope scope, List<Stated> stated, Map<String, PositionView> views,
            Map<String, TopicRef> topics, Map<String, PartyRef> parties) {

        List<String> topicIds() {
            return List.copyOf(topics.keySet());
        }

        PositionView view(Stated s) {
            return views.get(s.id());
        }
    }
}
