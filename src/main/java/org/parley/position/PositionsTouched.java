package org.parley.position;

import java.util.Set;

/**
 * Fired, in the writing transaction, once a write's changes to positions are flushed and their pairs recomputed: the
 * topics of the positions it changed (as they were and as they are) and the positions they answered (likewise), so
 * that what other features derive from positions is recomputed in the same transaction.
 */
public record PositionsTouched(Set<String> topics, Set<String> answered) {
}
