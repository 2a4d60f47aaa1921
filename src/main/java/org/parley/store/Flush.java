package org.parley.store;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.PersistenceException;
import org.parley.error.DomainException;

/** Sends pending changes to the database now, so a lost race is answered as such instead of as a failure. */
public final class Flush {

    private Flush() {
    }

    /**
     * @param what the record being written, for the conflict message: "party 'nato'"
     * @throws DomainException stale when another writer changed the record first, a conflict when a unique key
     *     is taken or a referenced record is gone
     */
    public static void now(String what) {
        try {
            Panache.getEntityManager().flush();
        } catch (PersistenceException e) {
            DomainException conflict = StorageConflicts.of(e, what);
            if (conflict != null) {
                throw conflict;
            }
            throw e;
        }
    }
}
