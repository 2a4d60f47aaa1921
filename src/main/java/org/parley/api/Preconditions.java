package org.parley.api;

import java.util.Arrays;
import org.parley.error.DomainException;

/**
 * Optimistic concurrency: a change names the ETag it was based on, and is refused when that is not current.
 * {@code If-Match: *} names no version (RFC 9110: any current representation), so in a tracker, where a write must
 * say which version it read, it is refused like a missing If-Match (428). A 412 carries the current ETag in an
 * {@code ETag} header, so a client can read it again knowing what to expect.
 */
public final class Preconditions {

    private Preconditions() {
    }

    public static void requireCurrent(String ifMatch, String currentTag) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw required("Send If-Match with the ETag you last read, so a concurrent change is not overwritten.");
        }
        if (Arrays.stream(ifMatch.split(",")).anyMatch(tag -> tag.trim().equals("*"))) {
            throw required("If-Match: * names no version; send the ETag you last read.");
        }
        if (!ETags.matches(ifMatch, currentTag)) {
            throw stale(currentTag);
        }
    }

    private static DomainException required(String detail) {
        return DomainException.of(DomainException.Kind.VERSION_REQUIRED, detail);
    }

    public static DomainException stale(String currentTag) {
        return DomainException.stale(currentTag);
    }
}
