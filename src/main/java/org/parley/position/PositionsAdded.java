package org.parley.position;

import java.util.Set;

/**
 * Fired inside an import's transaction once a batch of new positions has been sent to the database: the party ×
 * topic pairs they were stated on, for what is kept per pair.
 */
public record PositionsAdded(Set<Pair> pairs) {

    public record Pair(String party, String topic) {
    }
}
