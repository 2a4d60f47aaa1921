package org.parley.api;

/** Optimistic concurrency: a change names the ETag it was based on, and is refused when that is not current. */
public final class Preconditions {

    private Preconditions() {
    }

    public static void requireCurrent(String ifMatch, String currentTag) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "precondition-required", "Precondition Required",
                    "Send If-Match with the ETag you last read, so a concurrent change is not overwritten.", null);
        }
        if (!ETags.matches(ifMatch, currentTag)) {
            throw stale(currentTag);
        }
    }

    public static ProblemException stale(String currentTag) {
        return new ProblemException(412, "precondition-failed", "Precondition Failed",
                "The resource changed since you read it" + (currentTag == null ? "" : "; it is now " + currentTag)
                        + ". Read it again and reapply your change.", null);
    }
}
