package org.parley.dashboard;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.query.NativeQuery;
import org.parley.dashboard.MatrixViews.LatestPosition;
import org.parley.dashboard.MatrixViews.MatrixCell;
import org.parley.dashboard.MatrixViews.MatrixView;
import org.parley.error.DomainException;
import org.parley.error.FieldError;
import org.parley.party.Party;
import org.parley.party.PartyViews.PartyRef;
import org.parley.position.PositionKind;
import org.parley.topic.Topic;
import org.parley.topic.TopicViews.TopicRef;

/**
 * Builds the party × topic matrix in three statements whose cost grows with the number of cells, not of positions:
 * the rows, the columns, and the pairs' summaries that every write keeps up to date (position/PositionPairs).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MatrixQueries {

    /** {@code %s} is where the party and topic conditions go. */
    private static final String PAIRS = """
            select party_id, topic_id, positions, latest_id, kind, stated_on, summary, responds_to_id, citations,
                   documents, needs_review
            from position_pair %s
            """;

    public MatrixView matrix(List<String> partyIds, List<String> topicIds) {
        List<PartyRef> parties = partyIds.isEmpty()
                ? Party.<Party>listAll(Sort.by("name").and("id")).stream().map(PartyRef::of).toList()
                : inOrder(Party.<Party>list("id in ?1", partyIds).stream().map(PartyRef::of).toList(), partyIds,
                        PartyRef::id, "party");
        List<TopicRef> topics = topicIds.isEmpty()
                ? Topic.<Topic>listAll(Sort.by("name").and("id")).stream().map(TopicRef::of).toList()
                : inOrder(Topic.<Topic>list("id in ?1", topicIds).stream().map(TopicRef::of).toList(), topicIds,
                        TopicRef::id, "topic");
        Map<String, Pair> pairs = latestPerPair(partyIds, topicIds);
        List<MatrixCell> cells = new ArrayList<>(parties.size() * topics.size());
        for (PartyRef party : parties) {
            for (TopicRef topic : topics) {
                Pair pair = pairs.get(key(party.id(), topic.id()));
                cells.add(new MatrixCell(party, topic, pair == null ? 0 : pair.positions(),
                        pair == null ? null : pair.latest()));
            }
        }
        return new MatrixView(parties, topics, cells);
    }

    private record Pair(long positions, LatestPosition latest) {
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Pair> latestPerPair(List<String> partyIds, List<String> topicIds) {
        List<String> conditions = new ArrayList<>();
        if (!partyIds.isEmpty()) {
            conditions.add("party_id in (:parties)");
        }
        if (!topicIds.isEmpty()) {
            conditions.add("topic_id in (:topics)");
        }
        String where = conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions);
        NativeQuery<Object[]> query = Panache.getEntityManager()
                .createNativeQuery(PAIRS.formatted(where)).unwrap(NativeQuery.class);
        query.addScalar("party_id", String.class).addScalar("topic_id", String.class)
                .addScalar("positions", Long.class).addScalar("latest_id", String.class)
                .addScalar("kind", String.class).addScalar("stated_on", LocalDate.class)
                .addScalar("summary", String.class).addScalar("responds_to_id", String.class)
                .addScalar("citations", Long.class).addScalar("documents", Long.class)
                .addScalar("needs_review", Boolean.class);
        if (!partyIds.isEmpty()) {
            query.setParameter("parties", partyIds);
        }
        if (!topicIds.isEmpty()) {
            query.setParameter("topics", topicIds);
        }
        Map<String, Pair> pairs = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            String id = (String) row[3];
            LatestPosition latest = new LatestPosition(id, PositionKind.valueOf((String) row[4]), (LocalDate) row[5],
                    (String) row[6], (String) row[7], (Long) row[8], (Long) row[9], "/api/positions/" + id,
                    (Boolean) row[10]);
            pairs.put(key((String) row[0], (String) row[1]), new Pair((Long) row[2], latest));
        }
        return pairs;
    }

    /** The found records in the order asked for; an id that matches none is the client's mistake. */
    private static <T> List<T> inOrder(List<T> found, List<String> ids, Function<T, String> id, String parameter) {
        Map<String, T> byId = found.stream().collect(Collectors.toMap(id, Function.identity()));
        List<FieldError> unknown = ids.stream().filter(i -> !byId.containsKey(i))
                .map(i -> new FieldError(parameter, "no " + parameter + " with id '" + i + "'")).toList();
        if (!unknown.isEmpty()) {
            throw DomainException.invalid("Unknown " + parameter + " in the matrix filter.", unknown);
        }
        return ids.stream().map(byId::get).toList();
    }

    private static String key(String party, String topic) {
        return party + "\u0000" + topic;
    }
}
