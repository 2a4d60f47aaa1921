package org.parley.position;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;
import org.parley.document.AnchorStatus;
import org.parley.document.ReanchoringReport;
import org.parley.citation.AnchorView;
import org.parley.citation.Citation;
import org.parley.citation.CitationView;
import org.parley.document.SourceDocument;
import org.parley.document.DocumentViews.DocumentRef;
import org.parley.party.Party;
import org.parley.party.PartyViews.PartyRef;
import org.parley.party.PartyViews.RepresentativeView;
import org.parley.party.Representative;
import org.parley.position.PositionViews.PositionRef;
import org.parley.position.PositionViews.PositionView;
import org.parley.topic.Topic;
import org.parley.topic.TopicViews.TopicRef;

/**
 * Reads positions' views straight from their rows: one statement that selects only the columns a view shows — the
 * position, its party, topic, speaker and the position answered, and one row per citation with its document's
 * metadata — mapped to records, with no managed entity on the way. A profile of the entity queries found most of a
 * read's time in Hibernate translating their join fetches again for every list of ids (a list parameter disables its
 * plan cache) and in hydrating entities nothing writes; a native statement is parsed once and returns plain values.
 */
final class PositionRows {

    /** A position's columns repeat on each of its citations' rows; a citation names its document, never its text. */
    private static final String ROWS = "select p.id as id, p.kind as kind, p.summary as summary,"
            + " p.stated_on as stated_on, p.version as version, p.created_at as created_at,"
            + " p.updated_at as updated_at, pa.id as party_id, pa.name as party_name, t.id as topic_id,"
            + " t.name as topic_name, s.id as speaker_id, s.name as speaker_name, s.role as speaker_role,"
            + " r.id as r_id, r.kind as r_kind, r.summary as r_summary, rp.id as r_party_id, rp.name as r_party_name,"
            + " c.id as c_id, c.quote as quote, c.start_cp as start_cp, c.end_cp as end_cp, c.prefix as prefix,"
            + " c.suffix as suffix, c.revision as revision, c.anchor_status as anchor_status,"
            + " c.anchor_score as anchor_score, c.previous_start as previous_start, c.previous_end as previous_end,"
            + " c.previous_quote as previous_quote, d.id as d_id, d.title as d_title, d.outlet as d_outlet,"
            + " d.url as d_url, d.published_on as d_published_on"
            + " from party_position p join party pa on pa.id = p.party_id join topic t on t.id = p.topic_id"
            + " left join representative s on s.id = p.speaker_id"
            + " left join party_position r on r.id = p.responds_to_id left join party rp on rp.id = r.party_id"
            + " left join citation c on c.position_id = p.id left join source_document d on d.id = c.document_id"
            + " where p.id in (:ids) order by p.id, c.ord";
    private static final int CITATION = 19;

    private PositionRows() {
    }

    /** The views of these positions by id; unknown ids are left out. */
    static Map<String, PositionView> views(EntityManager em, List<String> ids) {
        Map<String, PositionView> views = new HashMap<>();
        Object[] position = null;
        List<CitationView> citations = null;
        for (Object[] row : rows(em.unwrap(Session.class), ids)) {
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

    private static List<Object[]> rows(Session session, List<String> ids) {
        NativeQuery<Object[]> query = session.createNativeQuery(ROWS, Object[].class)
                .addScalar("id", String.class).addScalar("kind", String.class).addScalar("summary", String.class)
                .addScalar("stated_on", LocalDate.class).addScalar("version", Long.class)
                .addScalar("created_at", Instant.class).addScalar("updated_at", Instant.class)
                .addScalar("party_id", String.class).addScalar("party_name", String.class)
                .addScalar("topic_id", String.class).addScalar("topic_name", String.class)
                .addScalar("speaker_id", String.class).addScalar("speaker_name", String.class)
                .addScalar("speaker_role", String.class).addScalar("r_id", String.class)
                .addScalar("r_kind", String.class).addScalar("r_summary", String.class)
                .addScalar("r_party_id", String.class).addScalar("r_party_name", String.class)
                .addScalar("c_id", Long.class).addScalar("quote", String.class).addScalar("start_cp", Integer.class)
                .addScalar("end_cp", Integer.class).addScalar("prefix", String.class)
                .addScalar("suffix", String.class).addScalar("revision", Integer.class)
                .addScalar("anchor_status", String.class).addScalar("anchor_score", Double.class)
                .addScalar("previous_start", Integer.class).addScalar("previous_end", Integer.class)
                .addScalar("previous_quote", String.class).addScalar("d_id", String.class)
                .addScalar("d_title", String.class).addScalar("d_outlet", String.class)
                .addScalar("d_url", String.class).addScalar("d_published_on", LocalDate.class);
        return synchronizedWithWrites(query).setParameterList("ids", ids).getResultList();
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

    /** Inside a writing transaction, pending changes to what the rows show are flushed before they are read. */
    private static NativeQuery<Object[]> synchronizedWithWrites(NativeQuery<Object[]> query) {
        return query.addSynchronizedEntityClass(Position.class).addSynchronizedEntityClass(Citation.class)
                .addSynchronizedEntityClass(Party.class).addSynchronizedEntityClass(Topic.class)
                .addSynchronizedEntityClass(Representative.class).addSynchronizedEntityClass(SourceDocument.class);
    }
}
