package org.parley.store;

import java.util.Collections;

/** JDBC parameter markers for an {@code in (...)} list. */
public final class Placeholders {

    private Placeholders() {
    }

    /** {@code count} markers, comma-separated: {@code ?, ?, ?}. */
    public static String of(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
