package org.parley.position;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.parley.api.Page;
import org.parley.api.PageRequest;
import org.parley.api.ProblemException;
import org.parley.citation.Citation;
import org.parley.citation.CitationView;
import org.parley.document.DocumentViews.DocumentRef;
import org.parley.document.SourceDocument;
import org.parley.party.Party;
import org.parley.party.PartyViews.PartyRef;
import org.parley.party.PartyViews.RepresentativeView;
import org.parley.party.Representative;
import org.parley.position.PositionHistory.Snapshot;
import org.parley.position.PositionViews.DemandView;
import org.parley.position.PositionViews.PositionRef;
import org.parley.position.PositionViews.PositionView;
import org.parley.topic.Topic;
import org.parley.topic.TopicViews.TopicRef;

/**
 * Reads positions with everything a view shows — party, topic, speaker, the position answered, citations and their
 * documents — in a fixed number of statements whatever the page size: the page's ids first, then their graph.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PositionQueries {

    private final PositionHistory history;

    public PositionQueries(PositionHistory history) {
        this.history = history;
    }

    private static final String POSITIONS = "select p from Position p"
            + " join fetch p.party join fetch p.topic left join fetch p.speaker"
            + " left join fetch p.respondsTo r left join fetch r.party"
            + " where p.id in :ids";
    /** Citations come on their own: fetched with the positions, a collection could come back partly filled. */
    private static final String CITATIONS = "select p.id, c from Position p join p.citations c join fetch c.document"
            + " where p.id in :ids order by c.ordinal";

    public Page<PositionView> search(PositionFilter filter, PageRequest request) {
        PositionWhere where = PositionWhere.of(filter);
        long total = where.bind(em().createQuery("select count(p) from Position p" + where.jpql(), Long.class))
                .getSingleResult();
        List<String> ids = total == 0 ? List.of()
                : where.bind(em().createQuery("select p.id from Position p" + where.jpql()
                        + " order by p.statedOn, p.id", String.class))
                        .setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        return Page.of(views(ids), request, total);
    }

    /** The positions as they were at a past moment, from their history, filtered and paged like the present. */
    public Page<PositionView> asOf(Instant moment, PositionFilter filter, PageRequest request) {
        List<Snapshot> all = history.asOf(moment);
        List<Snapshot> matching = all.stream().filter(s -> filter.test(s.state()))
                .sorted(Comparator.comparing((Snapshot s) -> s.state().statedOn()).thenComparing(Snapshot::id))
                .toList();
        List<Snapshot> page = matching.subList(Math.min(request.offset(), matching.size()),
                Math.min(request.offset() + request.size(), matching.size()));
        return Page.of(new PastViews(all).of(page), request, matching.size());
    }

    public PositionView get(String id) {
        List<PositionView> found = views(List.of(id));
        if (found.isEmpty()) {
            throw ProblemException.notFound("position", id);
        }
        return found.get(0);
    }

    public Page<DemandView> demands(PositionFilter filter, PageRequest request) {
        Page<PositionView> demands = search(filter.withKinds(List.of(PositionKind.DEMAND)), request);
        Map<String, List<PositionView>> responses = responsesTo(demands.items().stream().map(PositionView::id).toList());
        return demands.map(d -> new DemandView(d, responses.getOrDefault(d.id(), List.of())));
    }

    public DemandView demand(String id) {
        PositionView demand = get(id);
        if (demand.kind() != PositionKind.DEMAND) {
            throw ProblemException.notFound("demand", id);
        }
        return new DemandView(demand, responsesTo(List.of(id)).getOrDefault(id, List.of()));
    }

    /** Responses to each of the given positions, in date order. */
    private Map<String, List<PositionView>> responsesTo(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<String> responseIds = em().createQuery("select p.id from Position p where p.respondsTo.id in :ids"
                + " order by p.statedOn, p.id", String.class).setParameter("ids", ids).getResultList();
        return views(responseIds).stream().collect(Collectors.groupingBy(v -> v.respondsTo().id(),
                LinkedHashMap::new, Collectors.toList()));
    }

    /** The views of these positions, in the order given; unknown ids are skipped. */
    public List<PositionView> views(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Position> byId = em().createQuery(POSITIONS, Position.class).setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(p -> p.id, Function.identity(), (same, again) -> same));
        Map<String, List<Citation>> citations = new HashMap<>();
        em().createQuery(CITATIONS, Object[].class).setParameter("ids", ids).getResultStream().forEach(row ->
                citations.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add((Citation) row[1]));
        List<PositionView> views = new ArrayList<>(ids.size());
        for (String id : ids) {
            Position p = byId.get(id);
            if (p != null) {
                views.add(PositionView.of(p, citations.getOrDefault(id, List.of())));
            }
        }
        return views;
    }

    /** Views of past states, naming parties, topics, speakers and documents as they are now. */
    private static final class PastViews {
        private final Map<String, Snapshot> states = new HashMap<>();

        PastViews(List<Snapshot> all) {
            all.forEach(s -> states.put(s.id(), s));
        }

        List<PositionView> of(List<Snapshot> snapshots) {
            Map<String, Party> parties = byId(Party.class, snapshots.stream().flatMap(s -> Stream.of(s.state().party(),
                    answered(s) == null ? null : answered(s).state().party())));
            Map<String, Topic> topics = byId(Topic.class, snapshots.stream().map(s -> s.state().topic()));
            Map<String, Representative> speakers = byId(Representative.class,
                    snapshots.stream().map(s -> s.state().speaker()));
            Map<String, SourceDocument> documents = byId(SourceDocument.class, snapshots.stream()
                    .flatMap(s -> s.state().citations().stream().map(PositionState.CitedSpan::document)));
            return snapshots.stream().map(s -> {
                PositionState state = s.state();
                Snapshot answered = answered(s);
                return new PositionView(s.id(), partyRef(parties, state.party()), topicRef(topics, state.topic()),
                        state.kind(), state.summary(), state.statedOn(),
                        speakers.containsKey(state.speaker()) ? RepresentativeView.of(speakers.get(state.speaker()))
                                : null,
                        answered == null ? null : new PositionRef(answered.id(),
                                partyRef(parties, answered.state().party()), answered.state().kind(),
                                answered.state().summary()),
                        state.citations().stream().map(c -> CitationView.of(c.id(), documentRef(documents,
                                c.document()), c.quote(), c.start(), c.end(), c.prefix(), c.suffix())).toList(),
                        s.version(), s.createdAt(), s.updatedAt());
            }).toList();
        }

        private Snapshot answered(Snapshot s) {
            return s.state().respondsTo() == null ? null : states.get(s.state().respondsTo());
        }

        private static PartyRef partyRef(Map<String, Party> parties, String id) {
            Party party = parties.get(id);
            return party == null ? new PartyRef(id, id) : PartyRef.of(party);
        }

        private static TopicRef topicRef(Map<String, Topic> topics, String id) {
            Topic topic = topics.get(id);
            return topic == null ? new TopicRef(id, id) : TopicRef.of(topic);
        }

        private static DocumentRef documentRef(Map<String, SourceDocument> documents, String id) {
            SourceDocument document = documents.get(id);
            return document == null ? new DocumentRef(id, id, null, null, null) : DocumentRef.of(document);
        }

        private static <T> Map<String, T> byId(Class<T> type, Stream<String> ids) {
            List<String> wanted = ids.filter(Objects::nonNull).distinct().toList();
            if (wanted.isEmpty()) {
                return Map.of();
            }
            Map<String, T> found = new HashMap<>();
            em().createQuery("select e.id, e from " + type.getSimpleName() + " e where e.id in :ids", Object[].class)
                    .setParameter("ids", wanted).getResultStream()
                    .forEach(row -> found.put((String) row[0], type.cast(row[1])));
            return found;
        }
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
