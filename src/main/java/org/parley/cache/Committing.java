package org.parley.cache;

import java.util.Map;
import java.util.Set;

/**
 * Fired inside a writing transaction just before it commits, on the thread that runs it, after its last flush: the
 * ids of the entities it persisted, changed or removed, by entity name. An observer may still write in the
 * transaction, with SQL on its connection (the entity manager has flushed for the last time); a failure rolls it back.
 */
public record Committing(Map<String, Set<String>> idsByEntity) {

    public Set<String> ids(String entity) {
        return idsByEntity.getOrDefault(entity, Set.of());
    }
}
