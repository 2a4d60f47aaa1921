package org.parley.search;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.position.StoredPosition;
import org.parley.position.StoredPosition.StoredCitation;

/**
 * Reads what the index holds straight from the database, committed rows only, on a connection of its own: the
 * index is updated after the writing transaction has ended, so it never sees a write that was rolled back.
 */
@ApplicationScoped
public class IndexRows {

    static final int CHUNK = 500;

    /** A document as the index keeps it: the fields search filters on, what a citation names, and its text. */
    public record DocumentRow(String id, long version, String title, String outlet, String url,
            LocalDate publishedOn, String text) {
    }

    private final AgroalDataSource dataSource;

    public IndexRows(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<StoredPosition> positions(Collection<String> ids) {
        return withConnection(c -> positions(c, " where p.id in (" + marks(ids.size()) + ")", new ArrayList<>(ids)));
    }

    /** Up to {@link #CHUNK} positions whose ids follow {@code after} (null: from the first). */
    public List<StoredPosition> positionsAfter(String after) {
        return withConnection(c -> after == null
                ? positions(c, " order by p.id fetch first " + CHUNK + " rows only", List.of())
                : positions(c, " where p.id > ? order by p.id fetch first " + CHUNK + " rows only", List.of(after)));
    }

    public List<DocumentRow> documents(Collection<String> ids) {
        return withConnection(c -> documents(c, " where id in (" + marks(ids.size()) + ")", new ArrayList<>(ids)));
    }

    /** Every position's or document's id with its version: what a full comparison with the index needs. */
    public Map<String, Long> versions(String table) {
        return withConnection(c -> {
            Map<String, Long> result = new HashMap<>();
            versions(c, "select id, version from " + table, List.of(), result);
            return result;
        });
    }

    public List<String> documentIds() {
        return withConnection(c -> strings(c, "select id from source_document", List.of()));
    }

    /**
     * The positions changed or deleted at or after {@code since}, by any replica, with their versions now (null:
     * deleted).
     */
    public Map<String, Long> positionsChangedSince(Instant since) {
        return withConnection(c -> {
            Map<String, Long> versions = new HashMap<>();
            List<Object> at = List.of(Timestamp.from(since));
            versions(c, "select id, version from party_position where updated_at >= ?", at, versions);
            versions(c, "select r.position_id, p.version from position_revision r"
                    + " left join party_position p on p.id = r.position_id where r.changed_at >= ?", at, versions);
            return versions;
        });
    }

    /** The documents changed at or after a moment, with their versions, and how many documents there were then. */
    public record DocumentChanges(Map<String, Long> versions, long count) {
    }

    /**
     * The documents changed at or after {@code since}, by any replica, with their versions now, and the number of
     * documents: one statement, so both describe the same moment.
     */
    public DocumentChanges documentsChangedSince(Instant since) {
        return withConnection(c -> {
            Map<String, Long> versions = new HashMap<>();
            long count = 0;
            try (PreparedStatement s = c.prepareStatement("select id, version from source_document"
                    + " where updated_at >= ? union all select null, count(*) from source_document")) {
                bind(s, List.of(Timestamp.from(since)));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        String id = r.getString(1);
                        if (id == null) {
                            count = r.getLong(2);
                        } else {
                            versions.put(id, r.getLong(2));
                        }
                    }
                }
            }
            return new DocumentChanges(versions, count);
        });
    }

    private static void versions(Connection c, String sql, List<Object> parameters, Map<String, Long> into)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, parameters);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long version = r.getLong(2);
                    into.put(r.getString(1), r.wasNull() ? null : version);
                }
            }
        }
    }

    /** The database's clock, which every replica shares. */
    public Instant databaseNow() {
        return withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("select current_timestamp from data_version where id = 1");
                    ResultSet r = s.executeQuery()) {
                r.next();
                return r.getTimestamp(1).toInstant();
            }
        });
    }

    private static List<StoredPosition> positions(Connection c, String where, List<Object> params)
            throws SQLException {
        Map<String, Object[]> rows = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("select p.id, p.version, p.party_id, p.topic_id, p.kind,"
                + " p.summary, p.stated_on, p.speaker_id, p.responds_to_id, p.created_at, p.updated_at"
                + " from party_position p" + where)) {
            bind(s, params);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.put(r.getString(1), new Object[] {r.getLong(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getString(6), r.getObject(7, LocalDate.class), r.getString(8),
                            r.getString(9), instant(r, 10), instant(r, 11)});
                }
            }
        }
        Map<String, List<StoredCitation>> citations = new HashMap<>();
        if (!rows.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement("select position_id, id, document_id, quote, start_cp,"
                    + " end_cp, prefix, suffix, revision, anchor_status, anchor_score, previous_start, previous_end,"
                    + " previous_quote from citation where position_id in (" + marks(rows.size()) + ")"
                    + " order by position_id, ord")) {
                bind(s, new ArrayList<>(rows.keySet()));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        citations.computeIfAbsent(r.getString(1), k -> new ArrayList<>(2)).add(new StoredCitation(
                                r.getLong(2), r.getString(3), r.getString(4), r.getInt(5), r.getInt(6),
                                r.getString(7), r.getString(8), r.getInt(9), r.getString(10), r.getDouble(11),
                                r.getObject(12, Integer.class), r.getObject(13, Integer.class), r.getString(14)));
                    }
                }
            }
        }
        List<StoredPosition> result = new ArrayList<>(rows.size());
        rows.forEach((id, v) -> result.add(new StoredPosition(id, (String) v[3], (String) v[4], (LocalDate) v[5],
                (Long) v[0], (Instant) v[8], (Instant) v[9], (String) v[1], (String) v[2], (String) v[6],
                (String) v[7], citations.getOrDefault(id, List.of()))));
        return result;
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        return r.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static List<DocumentRow> documents(Connection c, String where, List<Object> params) throws SQLException {
        List<DocumentRow> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "select id, version, title, outlet, url, published_on, body from source_document" + where)) {
            bind(s, params);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    result.add(new DocumentRow(r.getString(1), r.getLong(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getObject(6, LocalDate.class), r.getString(7)));
                }
            }
        }
        return result;
    }

    private static List<String> strings(Connection c, String sql, List<Object> params) throws SQLException {
        List<String> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    result.add(r.getString(1));
                }
            }
        }
        return result;
    }

    private static void bind(PreparedStatement s, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            s.setObject(i + 1, params.get(i));
        }
    }

    private static String marks(int n) {
        return n == 0 ? "null" : String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T withConnection(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read what the search index holds", e);
        }
    }
}
