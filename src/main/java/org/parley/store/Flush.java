package org.parley.store;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.parley.api.Preconditions;
import org.parley.api.ProblemException;

/** Sends pending changes to the database now, so a lost race is answered as such instead of as a failure. */
public final class Flush {

    private Flush() {
    }

    /**
     * @param what the record being written, for the conflict message: "party 'nato'"
     * @throws ProblemException 412 when another writer changed the record first, 409 when a unique key is taken
     */
    public static void now(String what) {
        try {
            Panache.getEntityManager().flush();
        } catch (OptimisticLockException | StaleStateException e) {
            throw Preconditions.stale(null);
        } catch (PersistenceException e) {
            if (e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException) {
                throw ProblemException.conflict("The " + what + " conflicts with one stored meanwhile.");
            }
            throw e;
        }
    }
}
