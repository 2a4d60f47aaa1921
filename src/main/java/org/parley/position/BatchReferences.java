package org.parley.position;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.parley.document.SourceDocument;
import org.parley.party.Party;
import org.parley.party.Representative;
import org.parley.position.PositionInput.CitationInput;
import org.parley.store.WriteLock;
import org.parley.topic.Topic;

/**
 * An import batch's references, read with one statement per kind for all of its positions, and locked as a single
 * write locks each. What the import itself stores counts from the record that stores it on: a position may name
 * a document or position only from an earlier line, as in separate writes.
 */
final class BatchReferences implements Referenced {

    private final EntityManager em = Panache.getEntityManager();
    private final Set<String> parties;
    private final Set<String> topics;
    private final Map<String, String> speakerParties;
    private final Set<String> storedPositions;
    /** This batch's positions, not yet persisted (see {@link PositionBatch#flush}): answered as they are. */
    private final Map<String, Position> unflushed = new HashMap<>();
    private final Map<String, String> answers = new HashMap<>();
    private final Map<String, CitedDocument> documents;

    private BatchReferences(Set<String> parties, Set<String> topics, Map<String, String> speakerParties,
            Set<String> storedPositions, Map<String, CitedDocument> documents) {
        this.parties = parties;
        this.topics = topics;
        this.speakerParties = speakerParties;
        this.storedPositions = storedPositions;
        this.documents = documents;
    }

    static BatchReferences of(List<PositionInput> inputs, Collection<String> ids) {
        EntityManager em = Panache.getEntityManager();
        Set<String> answered = ids(inputs, i -> Stream.ofNullable(i.respondsTo()));
        if (!answered.isEmpty()) {
            WriteLock.RESPONDS_TO.take();
        }
        BatchReferences references = new BatchReferences(
                locked(em, "Party", ids(inputs, i -> Stream.of(i.party()))),
                locked(em, "Topic", ids(inputs, i -> Stream.of(i.topic()))),
                speakerParties(em, ids(inputs, i -> Stream.ofNullable(i.speaker()))),
                stored(em, new TreeSet<>(ids)),
                texts(em, ids(inputs, i -> i.citations().stream().map(CitationInput::document))));
        answerChains(em, answered, references);
        return references;
    }

    /** A document this import stored, citable by the records after it. */
    void documentStored(SourceDocument document) {
        documents.put(document.id, new CitedDocument(document, document.text, document.revision));
    }

    /** A position this import stored, nameable by the records after it. */
    void positionStored(Position position) {
        storedPositions.add(position.id);
        unflushed.put(position.id, position);
        answers.put(position.id, position.respondsTo == null ? null : position.respondsTo.id);
    }

    @Override
    public Party party(String id) {
        return parties.contains(id) ? em.getReference(Party.class, id) : null;
    }

    @Override
    public Topic topic(String id) {
        return topics.contains(id) ? em.getReference(Topic.class, id) : null;
    }

    @Override
    public Speaker speaker(String id) {
        String party = speakerParties.get(id);
        return party == null ? null : new Speaker(em.getReference(Representative.class, id), party);
    }

    @Override
    public boolean positionExists(String id) {
        return storedPositions.contains(id);
    }

    @Override
    public Position answered(String id) {
        Position pending = unflushed.get(id);
        if (pending != null) {
            return pending;
        }
        return storedPositions.contains(id) ? em.getReference(Position.class, id) : null;
    }

    @Override
    public String answeredBy(String id) {
        if (answers.containsKey(id)) {
            return answers.get(id);
        }
        return StoredReferences.INSTANCE.answeredBy(id);
    }

    @Override
    public void lockDocuments(Collection<String> ids) {
        // Locked when the batch was looked up; this import's own documents are invisible to others.
    }

    @Override
    public CitedDocument document(String id) {
        return documents.get(id);
    }

    private static Set<String> ids(List<PositionInput> inputs, Function<PositionInput, Stream<String>> field) {
        return inputs.stream().flatMap(field).filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> locked(EntityManager em, String entity, Set<String> ids) {
        if (ids.isEmpty()) {
            return new HashSet<>();
        }
        return new HashSet<>(em.createQuery("select e.id from " + entity + " e where e.id in :ids order by e.id",
                String.class).setParameter("ids", ids).setLockMode(LockModeType.PESSIMISTIC_READ).getResultList());
    }

    private static Map<String, String> speakerParties(EntityManager em, Set<String> ids) {
        Map<String, String> parties = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select r.id, r.party.id from Representative r where r.id in :ids", Object[].class)
                    .setParameter("ids", ids).getResultList().forEach(row -> parties.put((String) row[0],
                            (String) row[1]));
        }
        return parties;
    }

    private static Set<String> stored(EntityManager em, Set<String> ids) {
        if (ids.isEmpty()) {
            return new HashSet<>();
        }
        return new HashSet<>(em.createQuery("select p.id from Position p where p.id in :ids", String.class)
                .setParameter("ids", ids).getResultList());
    }

    /** The cited documents' texts, their rows locked in id order as {@code DocumentLock} locks them. */
    private static Map<String, CitedDocument> texts(EntityManager em, Set<String> ids) {
        Map<String, CitedDocument> texts = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select d.id, d.text, d.revision from SourceDocument d where d.id in :ids order by d.id",
                    Object[].class).setParameter("ids", ids).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList().forEach(row -> texts.put((String) row[0], new CitedDocument(
                            em.getReference(SourceDocument.class, row[0]), (String) row[1], (Integer) row[2])));
        }
        return texts;
    }

    /** The positions answered, locked, with the first step of their chains: most chains end there. */
    private static void answerChains(EntityManager em, Set<String> answered, BatchReferences references) {
        if (answered.isEmpty()) {
            return;
        }
        em.createQuery("select p.id, p.respondsTo.id from Position p where p.id in :ids order by p.id",
                Object[].class).setParameter("ids", answered).setLockMode(LockModeType.PESSIMISTIC_READ)
                .getResultList().forEach(row -> {
                    references.storedPositions.add((String) row[0]);
                    references.answers.put((String) row[0], (String) row[1]);
                });
    }
}
