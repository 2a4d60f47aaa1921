package org.parley.position;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.HibernateException;
import org.hibernate.Session;
import org.parley.error.DomainException;
import org.parley.store.Flush;
import org.parley.store.Placeholders;
import org.parley.store.StorageConflicts;

/**
 * Keeps the position_pair table, which the matrix reads: per party × topic pair, its number of positions and its
 * latest one with that one's citation counts. Every write that changes positions recomputes the pairs it touched,
 * in its own transaction, under the pairs' locks: a concurrent write to the same pair waits until this one has
 * committed and then recomputes from what both wrote.
 *
 * <p>{@link PositionHistory} notes the pairs of every change it records; a write calls {@link #refreshTouched()}
 * once it has flushed its last change. A bulk write that does not keep history calls {@link #refresh} with the
 * pairs it touched, once per batch or once at its end.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PositionPairs {

    /** The number of rows in pair_lock (V13): a pair locks the one its hash falls on. */
    static final int STRIPES = 256;
    private static final Object TOUCHED = new Object();
    private static final Object ANSWERED = new Object();

    /** Each pair's count and latest position, from the positions of the parties and topics given ({@code %s}). */
    static final String LATEST_PER_PAIR = """
            select r.id, r.party_id, r.topic_id, r.kind, r.stated_on, r.summary, r.responds_to_id, r.pair_positions,
                   count(c.id) as citations, count(distinct c.document_id) as documents,
                   max(case when c.anchor_status in ('FUZZY', 'ORPHANED') then 1 else 0 end) as review
            from (select p.id, p.party_id, p.topic_id, p.kind, p.stated_on, p.summary, p.responds_to_id,
                         count(*) over (partition by p.party_id, p.topic_id) as pair_positions,
                         row_number() over (partition by p.party_id, p.topic_id
                                            order by p.stated_on desc, p.id desc) as recency
                  from party_position p where p.party_id in (%s) and p.topic_id in (%s)) r
            left join citation c on c.position_id = r.id
            where r.recency = 1
            group by r.id, r.party_id, r.topic_id, r.kind, r.stated_on, r.summary, r.responds_to_id, r.pair_positions
            """;

    private final TransactionSynchronizationRegistry transaction;
    private final Event<PositionsTouched> announced;

    public PositionPairs(TransactionSynchronizationRegistry transaction, Event<PositionsTouched> announced) {
        this.transaction = transaction;
        this.announced = announced;
    }

    /** Notes that this transaction changed a position of the pair, for {@link #refreshTouched()}. */
    void touched(String party, String topic) {
        noted(TOUCHED, PartyTopic.class).add(new PartyTopic(party, topic));
    }

    /** Notes that this transaction changed a position that answers this one (none when null). */
    void answered(String position) {
        if (position != null) {
            noted(ANSWERED, String.class).add(position);
        }
    }

    /**
     * Recomputes the pairs this transaction's recorded changes touched, after flushing them, then announces them
     * ({@link PositionsTouched}) for what else is derived from positions.
     */
    public void refreshTouched() {
        Set<PartyTopic> touched = noted(TOUCHED, PartyTopic.class);
        Set<String> answered = noted(ANSWERED, String.class);
        List<PartyTopic> pairs = List.copyOf(touched);
        Set<String> answeredNow = Set.copyOf(answered);
        touched.clear();
        answered.clear();
        refresh(pairs);
        if (!pairs.isEmpty()) {
            Set<String> topics = new TreeSet<>();
            pairs.forEach(p -> topics.add(p.topic()));
            announced.fire(new PositionsTouched(Set.copyOf(topics), answeredNow));
        }
    }

    /**
     * Recomputes these pairs from the positions stored now (this transaction's flushed, others' committed), holding
     * their locks until this transaction ends. Locks are taken in stripe order, so two writers never deadlock here.
     */
    public void refresh(Collection<PartyTopic> pairs) {
        if (pairs.isEmpty()) {
            return;
        }
        Flush.now("positions");
        Set<PartyTopic> wanted = new HashSet<>(pairs);
        try {
            Panache.getEntityManager().unwrap(Session.class).doWork(connection -> {
                lock(connection, wanted);
                store(connection, wanted, recompute(connection, wanted));
            });
        } catch (HibernateException e) {
            DomainException lost = StorageConflicts.of(e, "change to positions of the same party and topic");
            throw lost != null ? lost : e;
        }
    }

    @SuppressWarnings("unchecked")
    private <T> Set<T> noted(Object key, Class<T> type) {
        Set<T> noted = (Set<T>) transaction.getResource(key);
        if (noted == null) {
            noted = new HashSet<>();
            transaction.putResource(key, noted);
        }
        return noted;
    }

    static int stripe(PartyTopic pair) {
        return Math.floorMod((pair.party() + "\u0000" + pair.topic()).hashCode(), STRIPES);
    }

    private static void lock(Connection connection, Set<PartyTopic> pairs) throws SQLException {
        TreeSet<Integer> stripes = new TreeSet<>();
        pairs.forEach(p -> stripes.add(stripe(p)));
        try (PreparedStatement select = connection.prepareStatement(
                "select stripe from pair_lock where stripe = ? for update")) {
            for (int stripe : stripes) {
                select.setInt(1, stripe);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                }
            }
        }
    }

    /** One pair's stored summary. */
    private record Row(PartyTopic pair, String id, String kind, LocalDate statedOn, String summary, String respondsTo,
            long positions, long citations, long documents, boolean needsReview) {
    }

    private static List<Row> recompute(Connection connection, Set<PartyTopic> pairs) throws SQLException {
        List<String> parties = pairs.stream().map(PartyTopic::party).distinct().toList();
        List<String> topics = pairs.stream().map(PartyTopic::topic).distinct().toList();
        String sql = LATEST_PER_PAIR.formatted(Placeholders.of(parties.size()), Placeholders.of(topics.size()));
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            int i = 0;
            for (String party : parties) {
                select.setString(++i, party);
            }
            for (String topic : topics) {
                select.setString(++i, topic);
            }
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    PartyTopic pair = new PartyTopic(r.getString("party_id"), r.getString("topic_id"));
                    if (pairs.contains(pair)) {
                        rows.add(new Row(pair, r.getString("id"), r.getString("kind"), r.getObject("stated_on", LocalDate.class),
                                r.getString("summary"), r.getString("responds_to_id"), r.getLong("pair_positions"),
                                r.getLong("citations"), r.getLong("documents"), r.getInt("review") > 0));
                    }
                }
            }
        }
        return rows;
    }

    private static void store(Connection connection, Set<PartyTopic> pairs, List<Row> rows) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from position_pair where party_id = ? and topic_id = ?")) {
            for (PartyTopic pair : new TreeSet<>(pairs)) {
                delete.setString(1, pair.party());
                delete.setString(2, pair.topic());
                delete.addBatch();
            }
            delete.executeBatch();
        }
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into position_pair (party_id, topic_id,"
                + " positions, latest_id, kind, stated_on, summary, responds_to_id, citations, documents,"
                + " needs_review) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Row row : rows) {
                insert.setString(1, row.pair().party());
                insert.setString(2, row.pair().topic());
                insert.setLong(3, row.positions());
                insert.setString(4, row.id());
                insert.setString(5, row.kind());
                insert.setObject(6, row.statedOn());
                insert.setString(7, row.summary());
                insert.setString(8, row.respondsTo());
                insert.setLong(9, row.citations());
                insert.setLong(10, row.documents());
                insert.setBoolean(11, row.needsReview());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
