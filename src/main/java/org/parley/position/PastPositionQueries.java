package org.parley.position;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.parley.api.Page;
import org.parley.api.PageRequest;
import org.parley.citation.CitationView;
import org.parley.document.DocumentViews.DocumentRef;
import org.parley.document.SourceDocument;
import org.parley.party.Party;
import org.parley.party.PartyViews.PartyRef;
import org.parley.party.PartyViews.RepresentativeView;
import org.parley.party.Representative;
import org.parley.position.PositionHistory.Snapshot;
import org.parley.position.PositionViews.PositionRef;
import org.parley.position.PositionViews.PositionView;
import org.parley.topic.Topic;
import org.parley.topic.TopicViews.TopicRef;

/**
 * What the tracker said at a past moment: each position's state then, from its history, filtered and paged like the
 * present, and named with the parties, topics, speakers and documents as they are now.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PastPositionQueries {

    private final PositionHistory history;

    public PastPositionQueries(PositionHistory history) {
        this.history = history;
    }

    public Page<PositionView> asOf(Instant moment, PositionFilter filter, PageRequest request) {
        Map<String, Snapshot> states = new HashMap<>();
        List<Snapshot> all = history.asOf(moment);
        all.forEach(s -> states.put(s.id(), s));
        List<Snapshot> matching = all.stream().filter(s -> filter.test(s.state()))
                .sorted(Comparator.comparing((Snapshot s) -> s.state().statedOn()).thenComparing(Snapshot::id))
                .toList();
        List<Snapshot> page = matching.subList(Math.min(request.offset(), matching.size()),
                Math.min(request.offset() + request.size(), matching.size()));
        return Page.of(views(page, states), request, matching.size());
    }

    private static List<PositionView> views(List<Snapshot> snapshots, Map<String, Snapshot> states) {
        Map<String, Party> parties = byId(Party.class, snapshots.stream().flatMap(s -> Stream.of(s.state().party(),
                answered(s, states) == null ? null : answered(s, states).state().party())));
        Map<String, Topic> topics = byId(Topic.class, snapshots.stream().map(s -> s.state().topic()));
        Map<String, Representative> speakers = byId(Representative.class,
                snapshots.stream().map(s -> s.state().speaker()));
        Map<String, SourceDocument> documents = byId(SourceDocument.class, snapshots.stream()
                .flatMap(s -> s.state().citations().stream().map(PositionState.CitedSpan::document)));
        return snapshots.stream().map(s -> {
            PositionState state = s.state();
            Snapshot answered = answered(s, states);
            return new PositionView(s.id(), partyRef(parties, state.party()), topicRef(topics, state.topic()),
                    state.kind(), state.summary(), state.statedOn(),
                    speakerView(speakers, state.speaker()),
                    answered == null ? null : new PositionRef(answered.id(),
                            partyRef(parties, answered.state().party()), answered.state().kind(),
                            answered.state().summary()),
                    state.citations().stream().map(c -> CitationView.of(c.id(), documentRef(documents,
                            c.document()), c.quote(), c.start(), c.end(), c.prefix(), c.suffix(), c.anchorOrFirst()))
                            .toList(),
                    s.version(), s.createdAt(), s.updatedAt());
        }).toList();
    }

    private static Snapshot answered(Snapshot s, Map<String, Snapshot> states) {
        return s.state().respondsTo() == null ? null : states.get(s.state().respondsTo());
    }

    /** No speaker, or one removed since, is none. */
    private static RepresentativeView speakerView(Map<String, Representative> speakers, String id) {
        Representative speaker = id == null ? null : speakers.get(id);
        return speaker == null ? null : RepresentativeView.of(speaker);
    }

    /** A party deleted since is named by its id. */
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
        Panache.getEntityManager().createQuery("select e.id, e from " + type.getSimpleName() + " e where e.id in :ids",
                Object[].class).setParameter("ids", wanted).getResultStream()
                .forEach(row -> found.put((String) row[0], type.cast(row[1])));
        return found;
    }
}
