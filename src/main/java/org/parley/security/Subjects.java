package org.parley.security;

import java.util.regex.Pattern;

/**
 * A token's subject is who the history says made a change: printable text only (letters, marks, digits,
 * punctuation, symbols and spaces), never a control or format character that could forge a line of a log or turn
 * the text around (U+202E) where it is shown.
 */
public final class Subjects {

    public static final String PRINTABLE = "[\\p{L}\\p{M}\\p{N}\\p{P}\\p{S}\\p{Zs}]+";
    private static final Pattern PATTERN = Pattern.compile(PRINTABLE);

    private Subjects() {
    }

    public static boolean printable(String subject) {
        return subject != null && PATTERN.matcher(subject).matches();
    }
}
