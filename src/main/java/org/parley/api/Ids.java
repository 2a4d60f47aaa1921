package org.parley.api;

import java.util.List;
import org.parley.error.DomainException;
import org.parley.error.FieldError;

/** Every id is a lowercase slug: letters, digits, '-', '_' and '.', at most 64 characters. */
public final class Ids {

    public static final String PATTERN = "[a-z0-9][a-z0-9_.-]{0,63}";

    private Ids() {
    }

    public static boolean valid(String id) {
        return id != null && id.matches(PATTERN);
    }

    /** A replacement may repeat its path's id in its body, or leave it out, but not name another. */
    public static void requireSame(String pathId, String bodyId) {
        if (bodyId != null && !bodyId.equals(pathId)) {
            throw DomainException.invalidContent("The body's id '" + bodyId + "' is not the path's '" + pathId + "'.",
                    List.of(new FieldError("id", "must be '" + pathId + "' or absent")));
        }
    }
}
