package org.parley.cache;

import java.util.Map;
import java.util.Set;

/**
 * Fired after a transaction that wrote has ended, committed or not, on the thread that ran it, before the response
 * is sent: the ids of the entities it persisted, changed or removed, by entity name ({@code Position}, …).
 * Observers that mirror the data read the rows again, so a rolled-back write leaves them as they were.
 *
 * @param generation with a shared database, the data generation the write committed at (it is the write's alone:
 *     {@link DataGeneration#moveOnInDatabase}); null on one process, or when the transaction rolled back
 */
public record EntitiesWritten(Map<String, Set<String>> idsByEntity, Long generation) {

    public Set<String> ids(String entity) {
        return idsByEntity.getOrDefault(entity, Set.of());
    }
}
