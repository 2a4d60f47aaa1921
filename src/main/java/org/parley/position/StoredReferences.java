package org.parley.position;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.Objects;
import org.parley.document.DocumentLock;
import org.parley.document.SourceDocument;
import org.parley.party.Party;
import org.parley.party.Representative;
import org.parley.store.WriteLock;
import org.parley.topic.Topic;

/**
 * A single write's references, each read when asked. Parties, topics and the position answered are locked
 * (shared where the database can) so that a concurrent delete of what the write names waits for it and then finds
 * the reference, instead of both committing past the foreign key.
 */
final class StoredReferences implements Referenced {

    static final StoredReferences INSTANCE = new StoredReferences();

    private StoredReferences() {
    }

    @Override
    public Party party(String id) {
        return Party.findById(id, LockModeType.PESSIMISTIC_READ);
    }

    @Override
    public Topic topic(String id) {
        return Topic.findById(id, LockModeType.PESSIMISTIC_READ);
    }

    @Override
    public Speaker speaker(String id) {
        Representative speaker = Representative.findById(id);
        return speaker == null ? null : new Speaker(speaker, speaker.party.id);
    }

    @Override
    public boolean positionExists(String id) {
        return Position.findById(id) != null;
    }

    @Override
    public Position answered(String id) {
        WriteLock.RESPONDS_TO.take();
        return Position.findById(id, LockModeType.PESSIMISTIC_READ);
    }

    @Override
    public String answeredBy(String id) {
        return Position.getEntityManager().createQuery("select p.respondsTo.id from Position p where p.id = :id",
                String.class).setParameter("id", id).getResultStream().filter(Objects::nonNull).findFirst()
                .orElse(null);
    }

    @Override
    public void lockDocuments(Collection<String> ids) {
        DocumentLock.forUpdate(ids);
    }

    @Override
    public CitedDocument document(String id) {
        SourceDocument document = SourceDocument.findById(id);
        return document == null ? null : new CitedDocument(document, document.text, document.revision);
    }
}
