package org.parley.negotiation;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.parley.negotiation.NegotiationRules.Scope;
import org.parley.negotiation.NegotiationRules.Stated;
import org.parley.negotiation.NegotiationRules.Summary;
import org.parley.negotiation.NegotiationRules.TopicStatus;
import org.parley.position.PositionKind;
import org.parley.position.PositionsTouched;
import org.parley.store.Flush;
import org.parley.store.Placeholders;
import org.parley.store.WriteLock;

/**
 * Keeps negotiation_topic_state: where each negotiation stands on each topic in scope ({@link Summary}), recomputed
 * by every write that changes what it derives from, in that write's transaction. A change to positions recomputes
 * the topics of the positions it changed and of the demands they answer, in every negotiation that has them in
 * scope; a change to a negotiation recomputes all of its topics.
 *
 * <p>Every recomputation first takes {@link WriteLock#NEGOTIATION_STATE} and only then reads which negotiations
 * have the topics in scope and their positions, so it sees every write that recomputed before it (committed by
 * then), and a write that recomputes after it waits until it has committed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class NegotiationStates {

    private static final Logger LOG = Logger.getLogger(NegotiationStates.class);
    private static final String COLUMNS = "state, rule, last_movement, demands_open, demands_rejected,"
            + " demands_countered, demands_accepted, common_ground, shifts";

    private final ManagedExecutor background;

    public NegotiationStates(ManagedExecutor background) {
        this.background = background;
    }

    void positionsChanged(@Observes PositionsTouched touched) {
        WriteLock.NEGOTIATION_STATE.take();
        work(connection -> {
            Set<String> topics = new TreeSet<>(touched.topics());
            topics.addAll(column(connection, "select topic_id from party_position where id in (%s)",
                    touched.answered()));
            Map<String, Set<String>> inScope = new TreeMap<>();
            for (List<String> row : rows(connection,
                    "select negotiation_id, topic_id from negotiation_topic where topic_id in (%s)", topics, 2)) {
                inScope.computeIfAbsent(row.get(0), k -> new TreeSet<>()).add(row.get(1));
            }
            for (Map.Entry<String, Set<String>> negotiation : inScope.entrySet()) {
                recompute(connection, negotiation.getKey(), negotiation.getValue());
            }
        });
    }

    /** Recomputes every topic of these negotiations, after their own changes are flushed. */
    public void refresh(Collection<String> negotiations) {
        if (negotiations.isEmpty()) {
            return;
        }
        Flush.now("negotiations");
        WriteLock.NEGOTIATION_STATE.take();
        work(connection -> {
            for (String negotiation : new TreeSet<>(negotiations)) {
                recompute(connection, negotiation, null);
            }
        });
    }

    /** What is kept for the negotiation, by topic. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Summary> kept(String negotiation) {
        Map<String, Summary> kept = new HashMap<>();
        work(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select topic_id, " + COLUMNS
                    + " from negotiation_topic_state where negotiation_id = ?")) {
                select.setString(1, negotiation);
                try (ResultSet r = select.executeQuery()) {
                    while (r.next()) {
                        Summary s = new Summary(r.getString(1), TopicStatus.valueOf(r.getString(2)),
                                Rule.valueOf(r.getString(3)), r.getObject(4, LocalDate.class),
                                List.of(r.getInt(5), r.getInt(6), r.getInt(7), r.getInt(8)), r.getInt(9),
                                r.getInt(10));
                        kept.put(s.topic(), s);
                    }
                }
            }
        });
        return kept;
    }

    /**
     * A database written before these states were kept gets them once started, off the start's path: until then the
     * state read derives what is missing from the positions.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    void fillMissingOnceStarted(@Observes StartupEvent event) {
        background.runAsync(() -> QuarkusTransaction.requiringNew().run(this::fillMissing))
                .exceptionally(failed -> {
                    LOG.warn("Negotiation states not filled in; the state read derives them from the positions",
                            failed);
                    return null;
                });
    }

    /** Recomputes every negotiation that has a topic in scope without a kept state. */
    void fillMissing() {
        List<String> missing = new ArrayList<>();
        work(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    select distinct t.negotiation_id from negotiation_topic t
                    left join negotiation_topic_state s on s.negotiation_id = t.negotiation_id
                                                        and s.topic_id = t.topic_id
                    where s.topic_id is null""");
                    ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    missing.add(r.getString(1));
                }
            }
        });
        refresh(missing);
    }

    /**
     * Recomputes the negotiation's states of these topics ({@code null}: of all its topics, dropping those of
     * topics no longer in scope) from the positions stored now.
     */
    private static void recompute(Connection connection, String negotiation, Set<String> only) throws SQLException {
        Map<String, Integer> sideOf = new HashMap<>();
        for (List<String> row : rows(connection,
                "select party_id, side_ord from negotiation_member where negotiation_id in (%s)",
                List.of(negotiation), 2)) {
            sideOf.put(row.get(0), Integer.valueOf(row.get(1)));
        }
        Set<String> inScope = new TreeSet<>(column(connection,
                "select topic_id from negotiation_topic where negotiation_id in (%s)", List.of(negotiation)));
        List<String> topics = inScope.stream().filter(t -> only == null || only.contains(t)).toList();
        Scope scope = new Scope(Map.copyOf(sideOf), inScope);
        List<Summary> summaries = NegotiationRules.summaries(scope, topics,
                sideOf.isEmpty() || topics.isEmpty() ? List.of() : stated(connection, sideOf.keySet(), topics));
        String delete = "delete from negotiation_topic_state where negotiation_id = ?"
                + (only == null ? "" : " and topic_id in (" + Placeholders.of(only.size()) + ")");
        try (PreparedStatement statement = connection.prepareStatement(delete)) {
            statement.setString(1, negotiation);
            int i = 1;
            for (String topic : only == null ? Set.<String>of() : only) {
                statement.setString(++i, topic);
            }
            statement.executeUpdate();
        }
        store(connection, negotiation, summaries);
    }

    /**
     * The positions the rules need for these topics, in date order: the parties' on them, and the answers to their
     * demands. The state's read ({@link NegotiationStateQueries}) takes the same ones.
     */
    static List<Stated> inScope(Set<String> parties, Collection<String> topics) {
        List<Stated> stated = new ArrayList<>();
        work(connection -> stated.addAll(stated(connection, parties, topics)));
        return stated;
    }

    private static List<Stated> stated(Connection connection, Set<String> parties, Collection<String> topics)
            throws SQLException {
        // Two index lookups in a union: as one "topic in (…) or responds_to_id in (select …)" condition, H2 read
        // every position and ran the subquery's test on each (1.5 s a write at 100,000 positions).
        String sql = """
                select id, party_id, topic_id, kind, stated_on, responds_to_id from party_position
                where party_id in (%1$s) and topic_id in (%2$s)
                union
                select a.id, a.party_id, a.topic_id, a.kind, a.stated_on, a.responds_to_id
                from party_position d join party_position a on a.responds_to_id = d.id
                where d.kind = 'DEMAND' and d.party_id in (%1$s) and d.topic_id in (%2$s) and a.party_id in (%1$s)
                order by stated_on, id
                """.formatted(Placeholders.of(parties.size()), Placeholders.of(topics.size()));
        Map<String, Stated> stated = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            int i = 0;
            for (Collection<String> values : List.of(parties, topics, parties, topics, parties)) {
                for (String value : values) {
                    select.setString(++i, value);
                }
            }
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    stated.put(r.getString(1), new Stated(r.getString(1), r.getString(2), r.getString(3),
                            PositionKind.valueOf(r.getString(4)), r.getObject(5, LocalDate.class), r.getString(6)));
                }
            }
        }
        return List.copyOf(stated.values());
    }

    private static void store(Connection connection, String negotiation, List<Summary> summaries)
            throws SQLException {
        if (summaries.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into negotiation_topic_state"
                + " (negotiation_id, topic_id, " + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Summary s : summaries) {
                insert.setString(1, negotiation);
                insert.setString(2, s.topic());
                insert.setString(3, s.status().name());
                insert.setString(4, s.rule().name());
                insert.setObject(5, s.lastMovement());
                for (int d = 0; d < 4; d++) {
                    insert.setInt(6 + d, s.demands().get(d));
                }
                insert.setInt(10, s.commonGround());
                insert.setInt(11, s.shifts());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static List<String> column(Connection connection, String sql, Collection<String> values)
            throws SQLException {
        return rows(connection, sql, values, 1).stream().map(row -> row.get(0)).toList();
    }

    /** The rows of a query with one list of values for its {@code %s}; nothing when there are none. */
    private static List<List<String>> rows(Connection connection, String sql, Collection<String> values, int columns)
            throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        if (values.isEmpty()) {
            return rows;
        }
        try (PreparedStatement select = connection.prepareStatement(sql.formatted(Placeholders.of(values.size())))) {
            int i = 0;
            for (String value : values) {
                select.setString(++i, value);
            }
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    List<String> row = new ArrayList<>(columns);
                    for (int c = 1; c <= columns; c++) {
                        row.add(r.getString(c));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static void work(org.hibernate.jdbc.Work work) {
        Panache.getEntityManager().unwrap(Session.class).doWork(work);
    }
}
