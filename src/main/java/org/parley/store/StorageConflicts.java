package org.parley.store;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.LockAcquisitionException;
import org.jboss.logging.Logger;
import org.parley.error.DomainException;

/**
 * Failures of the database that are lost races, not faults: a unique or foreign key taken or freed meanwhile
 * (a conflict), a record changed meanwhile (a stale version), a lock not granted in time (unavailable). Hibernate 6 throws its
 * ConstraintViolationException itself, and a commit wraps it, so the whole chain of causes is searched.
 */
public final class StorageConflicts {

    private static final Logger LOG = Logger.getLogger(StorageConflicts.class);

    private StorageConflicts() {
    }

    /** The domain error it is, or null when the failure is none of these. */
    public static DomainException of(Throwable failure, String what) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof ConstraintViolationException) {
                return DomainException.conflict("The " + what + " conflicts with a record stored or deleted"
                        + " meanwhile (a key already taken, or a record it refers to gone); read again and retry.");
            }
            if (e instanceof OptimisticLockException || e instanceof StaleStateException) {
                return DomainException.stale(null);
            }
            if (e instanceof PessimisticLockException || e instanceof LockTimeoutException
                    || e instanceof LockAcquisitionException
                    || e instanceof org.hibernate.PessimisticLockException) {
                LOG.warnf("A %s was refused for a lock: %s", what, rootMessage(e));
                return DomainException.unavailable(
                        "Another write to the same records held them too long. Retry shortly.");
            }
        }
        return null;
    }

    /** The database's own words (a timeout or a deadlock, and on what), which the answer does not show. */
    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
