package org.parley.cache;

import java.util.Set;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The scopes each recent generation's write touched, so that a read kept at one generation can be found still
 * current at a later one. A generation not recorded here (too old, or moved on by another replica) touched, as far as
 * anyone here knows, everything.
 */
class Touched {

    /** How many generations are remembered; a read kept longer ago than that is rendered again. */
    static final int MEMORY = 1024;

    private final ConcurrentSkipListMap<Long, Set<String>> byGeneration = new ConcurrentSkipListMap<>();

    void record(long generation, Set<String> scopes) {
        byGeneration.put(generation, scopes);
        if (byGeneration.size() > MEMORY) {
            byGeneration.headMap(generation - MEMORY, true).clear();
        }
    }

    /** Whether no write after {@code since}, up to {@code now}, touched the scopes (or everything). */
    boolean untouched(long since, long now, Set<String> scopes) {
        if (now - since > MEMORY) {
            return false;
        }
        ConcurrentNavigableMap<Long, Set<String>> writes = byGeneration.subMap(since, false, now, true);
        if (writes.size() != now - since) {
            return false;
        }
        for (Set<String> touched : writes.values()) {
            if (touched.contains(WriteScopes.EVERYTHING) || ReadScope.anyTouched(touched, scopes)) {
                return false;
            }
        }
        return true;
    }
}
