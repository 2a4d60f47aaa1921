package org.parley.document;

/** How a citation stands after its document's latest revision (see the README, "Revisions and re-anchoring"). */
public enum AnchorStatus {
    /** The same quote, with the same context, at the same offsets. */
    EXACT,
    /** The same quote, found once at new offsets or with a changed context; prefix and suffix chose among repeats. */
    MOVED,
    /** The passage was edited; the citation holds the new passage, similar enough to the old one, for review. */
    FUZZY,
    /** No passage is close enough, or the choice is ambiguous: the citation keeps its old revision and quote. */
    ORPHANED;

    public boolean needsReview() {
        return this == FUZZY || this == ORPHANED;
    }
}
