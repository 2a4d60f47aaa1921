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

    /** Checks one of the batch's inputs, in the import's order; it is stored, with its history, by {@link #flush}. */
    public void add(PositionInput input) {
        Position position = new Position();
        position.id = ids.get(input);
        if (references.positionExists(position.id)) {
            throw DomainException.conflict("A position with id '" + position.id + "' exists.");
        }
        PositionService.apply(position, input, references);
        stored.add(position);
        references.positionStored(position);
    }

    /**
     * Stores the batch's positions with their citations and history, and sends the inserts to the database, where
     * each entity's rows go together in JDBC batches ({@code hibernate.order_inserts}). Hibernate orders an entity's
     * inserts only if none of them depends on another being inserted in the same flush, so a position answering one of
     * this batch waits for the flush after that one's: one flush per step of the batch's longest chain of answers
     * (two or three), instead of a round trip for every position and every citation. Persisting cascades to the
     * citations; the history rows, which note the party × topic pairs for {@link PositionPairs}, come last.
     */
    public void flush() {
        Map<Position, Integer> depths = new IdentityHashMap<>();
        int deepest = 0;
        for (Position position : stored) {
            Integer answered = position.respondsTo == null ? null : depths.get(position.respondsTo);
            int depth = answered == null ? 0 : answered + 1;
            depths.put(position, depth);
            deepest = Math.max(deepest, depth);
        }
        for (int depth = 0; depth <= deepest; depth++) {
            if (depth > 0) {
                Flush.now("import");
            }
            for (Position position : stored) {
                if (depths.get(position) == depth) {
                    position.persist();
                }
            }
        }
        stored.forEach(position -> history.created(position, by));
        Flush.now("import");
    }
}
