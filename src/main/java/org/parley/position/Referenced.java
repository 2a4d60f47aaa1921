package org.parley.position;

import java.util.Collection;
import org.parley.document.SourceDocument;
import org.parley.party.Party;
import org.parley.party.Representative;
import org.parley.topic.Topic;

/**
 * The records a position names, as the write that stores it finds them: one at a time for a single write
 * ({@link StoredReferences}), looked up once for a whole batch of an import ({@link BatchReferences}). Each method
 * returns null for a record that does not exist, and keeps what it returns from being deleted until the write commits.
 */
interface Referenced {

    Party party(String id);

    Topic topic(String id);

    Speaker speaker(String id);

    boolean positionExists(String id);

    /** Takes {@link org.parley.store.WriteLock#RESPONDS_TO} first, so no other write changes a chain meanwhile. */
    Position answered(String id);

    /** The id of the position that {@code id} answers, as committed or as this write stored it. */
    String answeredBy(String id);

    /** Locks the documents' rows, in id order, before their texts are read. */
    void lockDocuments(Collection<String> ids);

    CitedDocument document(String id);

    /** A representative, with the id of the party it speaks for. */
    record Speaker(Representative representative, String party) {
    }

    /** A document with the text and revision its citations anchor in. */
    record CitedDocument(SourceDocument document, String text, int revision) {
    }
}
