package org.parley.position;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.parley.document.SourceDocument;
import org.parley.error.DomainException;
import org.parley.store.Flush;

/**
 * New positions of an import, stored without reading each back: what they name is looked up once for the batch
 * ({@link BatchReferences}), each is checked by the same code as a single create, and its history is kept. The
 * inserts reach the database together, in JDBC batches, when the batch is flushed.
 */
public final class PositionBatch {

    private final BatchReferences references;
    private final Map<PositionInput, String> ids;
    private final PositionHistory history;
    private final String by;
    private final List<Position> stored = new ArrayList<>();

    PositionBatch(List<PositionInput> inputs, PositionHistory history, String by) {
        this.ids = new IdentityHashMap<>();
        inputs.forEach(input -> ids.put(input, input.id() != null ? input.id() : PositionService.newId(input)));
        this.references = BatchReferences.of(inputs, ids.values());
        this.history = history;
        this.by = by;
    }

    /** A document stored by the import before the positions that follow it, which may cite it. */
    public void documentStored(SourceDocument document) {
        references.documentStored(document);
    }

    /** Checks one of the batch's inputs, in the import's order, and stores it with its history. */
    public void add(PositionInput input) {
        Position position = new Position();
        position.id = ids.get(input);
        if (references.positionExists(position.id)) {
            throw DomainException.conflict("A position with id '" + position.id + "' exists.");
        }
        PositionService.apply(position, input, references);
        position.persist();
        stored.add(position);
        references.positionStored(position);
    }

    /**
     * Records the batch's history (which notes the party × topic pairs for {@link PositionPairs}) and sends its
     * inserts to the database. The history rows are persisted after all positions, so that they follow each other and go in JDBC
     * batches; each position's citations follow it, as persisting cascades to them (Hibernate's insert ordering
     * gives up on positions that answer positions, and citations persisted apart would change their positions'
     * versions and make Hibernate search the persistence context for each one's owner).
     */
    public void flush() {
        stored.forEach(position -> history.created(position, by));
        Flush.now("import");
    }
}
