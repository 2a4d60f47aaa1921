package org.parley.citation;

import org.parley.document.AnchorStatus;

/**
 * Where a citation lands in a new revision: its status, the similarity of the passage to the old quote (0 to 1), the
 * new anchor (null when orphaned) and, for an orphan, why.
 */
public record Reanchored(AnchorStatus status, double score, Anchor anchor, String reason) {

    static Reanchored at(AnchorStatus status, double score, Anchor anchor) {
        return new Reanchored(status, score, anchor, null);
    }

    static Reanchored orphaned(double score, String reason) {
        return new Reanchored(AnchorStatus.ORPHANED, score, null, reason);
    }
}
