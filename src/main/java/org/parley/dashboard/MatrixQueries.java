package org.parley.dashboard;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.parley.dashboard.MatrixViews.LatestPosition;
import org.parley.dashboard.MatrixViews.MatrixCell;
import org.parley.dashboard.MatrixViews.MatrixView;
import org.parley.error.DomainException;
import org.parley.error.FieldError;
import org.parley.party.Party;
import org.parley.party.PartyViews.PartyRef;
import org.parley.position.PositionKind;
import org.parley.store.Placeholders;
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
        Pair[] grid = latestPerPair(partyIds, topicIds, indexes(parties, PartyRef::id),
                indexes(topics, TopicRef::id));
        List<MatrixCell> cells = new ArrayList<>(parties.size() * topics.size());
        int cell = 0;
        for (PartyRef party : parties) {
            for (TopicRef topic : topics) {
                Pair pair = grid[cell++];
                cells.add(new MatrixCell(party, topic, pair == null ? 0 : pair.positions(),
                        pair == null ? null : pair.latest()));
            }
        }
        return new MatrixView(parties, topics, cells);
    }

    private record Pair(long positions, LatestPosition latest) {
    }

    /**
     * The pairs' summaries, each at its cell (row by row). Read over JDBC: through Hibernate's row reading, its
     * dates made and dropped three objects each, and the whole read held twice the rows.
     */
    private static Pair[] latestPerPair(List<String> partyIds, List<String> topicIds, Map<String, Integer> rows,
            Map<String, Integer> columns) {
        List<String> conditions = new ArrayList<>();
        if (!partyIds.isEmpty()) {
            conditions.add("party_id in (" + Placeholders.of(partyIds.size()) + ")");
        }
        if (!topicIds.isEmpty()) {
            conditions.add("topic_id in (" + Placeholders.of(topicIds.size()) + ")");
        }
        String sql = PAIRS.formatted(conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions));
        Pair[] grid = new Pair[rows.size() * columns.size()];
        Panache.getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int parameter = 1;
                for (String id : partyIds) {
                    statement.setString(parameter++, id);
                }
                for (String id : topicIds) {
                    statement.setString(parameter++, id);
                }
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        Integer party = rows.get(row.getString(1));
                        Integer topic = columns.get(row.getString(2));
                        if (party != null && topic != null) {
                            grid[party * columns.size() + topic] = pair(row);
                        }
                    }
                }
            }
        });
        return grid;
    }

    private static Pair pair(ResultSet row) throws SQLException {
        String id = row.getString(4);
        LatestPosition latest = new LatestPosition(id, PositionKind.valueOf(row.getString(5)),
                row.getObject(6, LocalDate.class), row.getString(7), row.getString(8), row.getLong(9),
                row.getLong(10), "/api/positions/" + id, row.getBoolean(11));
        return new Pair(row.getLong(3), latest);
    }

    private static <T> Map<String, Integer> indexes(List<T> records, Function<T, String> id) {
        Map<String, Integer> indexes = new HashMap<>(records.size() * 2);
        for (int i = 0; i < records.size(); i++) {
            indexes.put(id.apply(records.get(i)), i);
        }
        return indexes;
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
}
