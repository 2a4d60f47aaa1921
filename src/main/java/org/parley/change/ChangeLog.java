package org.parley.change;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.parley.position.PositionRevision;

/** Reads the changes to positions in cursor order; each call sees what is committed when it runs. */
@ApplicationScoped
public class ChangeLog {

    /** The changes after the cursor, at most limit. */
    public List<ChangeEvent> after(long cursor, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> PositionRevision.<PositionRevision>find(
                "seq > ?1 order by seq", cursor).page(0, limit).list()).stream().map(ChangeEvent::of).toList();
    }

    /** The cursor of the latest committed change, 0 if none. */
    public long head() {
        return QuarkusTransaction.requiringNew().call(() -> PositionRevision.getEntityManager()
                .createQuery("select coalesce(max(seq), 0L) from PositionRevision", Long.class).getSingleResult());
    }

    /**
     * A cursor from which every change stamped after the moment is read: just before the first of them in commit
     * order. Changes stamped earlier that committed later follow too, so none is missed.
     */
    public long before(Instant moment) {
        long head = head();
        Long first = QuarkusTransaction.requiringNew().call(() -> PositionRevision.getEntityManager()
                .createQuery("select min(seq) from PositionRevision where changedAt > ?1", Long.class)
                .setParameter(1, moment).getSingleResult());
        return first == null ? head : first - 1;
    }
}
