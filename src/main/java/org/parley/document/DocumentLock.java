package org.parley.document;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.TreeSet;

/** Serialises the writes that depend on a document's text: anchoring citations into it, and replacing it. */
public final class DocumentLock {

    private DocumentLock() {
    }

    /** Locks the documents' rows until the transaction ends, in id order so that two writers never deadlock. */
    public static void forUpdate(Collection<String> documentIds) {
        if (documentIds.isEmpty()) {
            return;
        }
        Panache.getEntityManager()
                .createQuery("select d.id from SourceDocument d where d.id in :ids order by d.id", String.class)
                .setParameter("ids", new TreeSet<>(documentIds))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }
}
