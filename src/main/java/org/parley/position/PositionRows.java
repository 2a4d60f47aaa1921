package org.parley.position;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.engine.spi.SessionImplementor;
import org.parley.citation.AnchorView;
import org.parley.citation.CitationView;
import org.parley.document.AnchorStatus;
import org.parley.document.DocumentViews.DocumentRef;
import org.parley.document.ReanchoringReport;
import org.parley.party.PartyViews.PartyRef;
import org.parley.party.PartyViews.RepresentativeView;
import org.parley.position.PositionViews.PositionRef;
import org.parley.position.PositionViews.PositionView;
import org.parley.position.RowsById.Column;
import org.parley.position.RowsById.Type;
import org.parley.topic.TopicViews.TopicRef;

/**
 * Reads positions' views straight from their rows: one statement that selects only the columns a view shows — the
 * position, its party, topic, speaker and the position answered, and one row per citation with its document's
 * metadata — mapped to records, with no managed entity on the way ({@link RowsById}). A profile of the entity
 * queries found most of a read's time in Hibernate translating their join fetches again for every list of ids (a
 * list parameter disables its plan cache) and in hydrating entities nothing writes; then, of the native query that
 * replaced them, a fifth of a by-id read in Hibernate mapping each column by its alias (H2 looks a column label up on
 * every call), hence columns read by position.
 */
final class PositionRows {

    /** A position's columns repeat on each of its citations' rows; a citation names its document, never its text. */
    private static final List<Column> COLUMNS = List.of(
            new Column("p.id", Type.TEXT), new Column("p.kind", Type.TEXT), new Column("p.summary", Type.TEXT),
            new Column("p.stated_on", Type.DATE), new Column("p.version", Type.LONG),
            new Column("p.created_at", Type.INSTANT), new Column("p.updated_at", Type.INSTANT),
            new Column("pa.id", Type.TEXT), new Column("pa.name", Type.TEXT), new Column("t.id", Type.TEXT),
            new Column("t.name", Type.TEXT), new Column("s.id", Type.TEXT), new Column("s.name", Type.TEXT),
            new Column("s.role", Type.TEXT), new Column("r.id", Type.TEXT), new Column("r.kind", Type.TEXT),
            new Column("r.summary", Type.TEXT), new Column("rp.id", Type.TEXT), new Column("rp.name", Type.TEXT),
            new Column("c.id", Type.LONG), new Column("c.quote", Type.TEXT), new Column("c.start_cp", Type.INT),
            new Column("c.end_cp", Type.INT), new Column("c.prefix", Type.TEXT), new Column("c.suffix", Type.TEXT),
            new Column("c.revision", Type.INT), new Column("c.anchor_status", Type.TEXT),
            new Column("c.anchor_score", Type.DOUBLE), new Column("c.previous_start", Type.INT),
            new Column("c.previous_end", Type.INT), new Column("c.previous_quote", Type.TEXT),
            new Column("d.id", Type.TEXT), new Column("d.title", Type.TEXT), new Column("d.outlet", Type.TEXT),
            new Column("d.url", Type.TEXT), new Column("d.published_on", Type.DATE));
    private static final String FROM = " from party_position p join party pa on pa.id = p.party_id"
            + " join topic t on t.id = p.topic_id left join representative s on s.id = p.speaker_id"
            + " left join party_position r on r.id = p.responds_to_id left join party rp on rp.id = r.party_id"
            + " left join citation c on c.position_id = p.id left join source_document d on d.id = c.document_id";
    private static final RowsById ROWS = new RowsById(COLUMNS, FROM, "p.id", "order by p.id, c.ord");
    private static final int CITATION = 19;

    private PositionRows() {
    }

    /** The views of these positions by id; unknown ids are left out. */
    static Map<String, PositionView> views(EntityManager em, List<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        SessionImplementor session = em.unwrap(SessionImplementor.class);
        // Inside a writing transaction, pending changes to what the rows show reach the database first.
        if (session.isDirty()) {
            session.flush();
        }
        Map<String, PositionView> views = new HashMap<>();
        Object[] position = null;
        List<CitationView> citations = null;
        for (Object[] row : ROWS.read(session, ids)) {
            if (position == null || !position[0].equals(row[0])) {
                if (position != null) {
                    views.put((String) position[0], view(position, citations));
                }
                position = row;
                citations = new ArrayList<>(2);
            }
            if (row[CITATION] != null) {
                citations.add(citation(row));
            }
        }
        if (position != null) {
            views.put((String) position[0], view(position, citations));
        }
        return views;
    }

    private static PositionView view(Object[] r, List<CitationView> citations) {
        RepresentativeView speaker = r[11] == null ? null
                : new RepresentativeView((String) r[11], (String) r[12], (String) r[13]);
        PositionRef respondsTo = r[14] == null ? null : new PositionRef((String) r[14],
                new PartyRef((String) r[17], (String) r[18]), PositionKind.valueOf((String) r[15]), (String) r[16]);
        return new PositionView((String) r[0], new PartyRef((String) r[7], (String) r[8]),
                new TopicRef((String) r[9], (String) r[10]), PositionKind.valueOf((String) r[1]), (String) r[2],
                (LocalDate) r[3], speaker, respondsTo, citations, (Long) r[4], (Instant) r[5], (Instant) r[6]);
    }

    private static CitationView citation(Object[] r) {
        int c = CITATION;
        AnchorView anchor = new AnchorView(AnchorStatus.valueOf((String) r[c + 7]), (Integer) r[c + 6],
                (Double) r[c + 8], r[c + 11] == null ? null
                        : new ReanchoringReport.Previous((Integer) r[c + 9], (Integer) r[c + 10], (String) r[c + 11]));
        DocumentRef document = new DocumentRef((String) r[c + 12], (String) r[c + 13], (String) r[c + 14],
                (String) r[c + 15], (LocalDate) r[c + 16]);
        return CitationView.of((Long) r[c], document, (String) r[c + 1], (Integer) r[c + 2], (Integer) r[c + 3],
                (String) r[c + 4], (String) r[c + 5], anchor);
    }
}
