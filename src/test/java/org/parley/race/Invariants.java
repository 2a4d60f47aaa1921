package org.parley.race;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.document.AnchorStatus;
import org.parley.document.CodePoints;
import org.parley.position.Position;
import org.parley.position.PositionRevision;
import org.parley.position.PositionState;

/** What every write must leave true, checked on the stored data itself (not through the API's views). */
public final class Invariants {

    private Invariants() {
    }

    /** Every citation's quote is its span of the stored text; no respondsTo loop; the history ends at each version. */
    public static void hold() {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                citationsAreTheirSpans();
                noRespondsToLoop();
                historyIsComplete();
            });
        } catch (RuntimeException e) {
            if (e.getCause() instanceof AssertionError failed) {
                throw failed;
            }
            throw e;
        }
    }

    /** An ORPHANED citation keeps the span it had in the revision it was made on; every other is in the current text. */
    static void citationsAreTheirSpans() {
        Map<String, String> texts = new HashMap<>();
        List<Object[]> rows = em().createQuery("select c.document.id, c.quote, c.start, c.end, p.id, c.anchorStatus,"
                + " c.revision from Position p join p.citations c", Object[].class).getResultList();
        for (Object[] row : rows) {
            String document = (String) row[0];
            boolean orphaned = row[5] == AnchorStatus.ORPHANED;
            int revision = (Integer) row[6];
            String text = texts.computeIfAbsent(orphaned ? document + "@" + revision : document, key -> orphaned
                    ? (String) em().createNativeQuery("select body from document_revision where document_id = ?1"
                            + " and number = ?2").setParameter(1, document).setParameter(2, revision).getSingleResult()
                    : em().createQuery("select d.text from SourceDocument d where d.id = :id", String.class)
                            .setParameter("id", document).getSingleResult());
            int start = (Integer) row[2];
            int end = (Integer) row[3];
            String span = end <= CodePoints.length(text) ? CodePoints.slice(text, start, end) : null;
            assertEquals(row[1], span, "position " + row[4] + " cites " + document + (orphaned ? " revision "
                    + revision : "") + " [" + start + ", " + end + ")");
        }
    }

    static void noRespondsToLoop() {
        Map<String, String> answers = new HashMap<>();
        em().createQuery("select p.id, p.respondsTo.id from Position p where p.respondsTo is not null",
                Object[].class).getResultStream().forEach(r -> answers.put((String) r[0], (String) r[1]));
        for (String start : answers.keySet()) {
            Set<String> seen = new HashSet<>();
            for (String at = start; at != null; at = answers.get(at)) {
                assertTrue(seen.add(at), "respondsTo loop through " + seen);
            }
        }
    }

    static void historyIsComplete() {
        ObjectMapper json = CDI.current().select(ObjectMapper.class).get();
        for (Position position : Position.<Position>listAll()) {
            List<PositionRevision> revisions = PositionRevision.list("positionId = ?1 order by changedAt desc, id desc",
                    position.id);
            assertTrue(!revisions.isEmpty(), "position " + position.id + " has a history");
            PositionRevision last = revisions.get(0);
            assertEquals(position.version, last.version, "latest revision of " + position.id);
            try {
                assertEquals(PositionState.of(position), json.readValue(last.after, PositionState.class),
                        "state after the latest revision of " + position.id);
            } catch (java.io.IOException e) {
                throw new AssertionError("history of " + position.id + " is not JSON", e);
            }
        }
    }

    private static EntityManager em() {
        return Position.getEntityManager();
    }
}
