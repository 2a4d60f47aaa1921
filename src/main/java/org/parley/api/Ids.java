package org.parley.api;

/** Every id is a lowercase slug: letters, digits, '-', '_' and '.', at most 64 characters. */
public final class Ids {

    public static final String PATTERN = "[a-z0-9][a-z0-9_.-]{0,63}";

    private Ids() {
    }

    public static boolean valid(String id) {
        return id != null && id.matches(PATTERN);
    }
}
