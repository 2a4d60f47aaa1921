package org.parley.cache;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Fired after a transaction that wrote has ended, committed or not, on the thread that ran it, before the response
 * is sent: the ids of the entities it persisted, changed or removed, by entity name ({@code Position}, …).
 * Observers that mirror the data read the rows again, so a rolled-back write leaves them as they were; they may name
 * more scopes the write touched, in what they mirror ({@link #touch}), before reads are told of it.
 *
 * @param generation with a shared database, the data generation the write committed at (it is the write's alone:
 *     {@link DataGeneration#moveOnInDatabase}); null on one process, or when the transaction rolled back
 */
public record EntitiesWritten(Map<String, Set<String>> idsByEntity, Long generation, Set<String> touched) {

    public Set<String> ids(String entity) {
        return idsByEntity.getOrDefault(entity, Set.of());
    }

    /** Adds scopes the write touched ({@link WriteScopes}). */
    public void touch(Collection<String> scopes) {
        touched.addAll(scopes);
    }
}
