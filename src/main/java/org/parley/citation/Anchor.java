package org.parley.citation;

/** A quote anchored in a text: its code point span and the context either side. */
public record Anchor(String quote, int start, int end, String prefix, String suffix) {
}
