package org.parley.document;

/**
 * Offsets into stored texts are Unicode code points, as in the W3C Web Annotation TextPositionSelector. Java strings
 * index UTF-16 units, which differ as soon as a text holds a character outside the BMP; every conversion goes here.
 */
public final class CodePoints {

    private CodePoints() {
    }

    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** The code points [start, end) of text; throws IndexOutOfBoundsException outside 0 ≤ start ≤ end ≤ length. */
    public static String slice(String text, int start, int end) {
        if (start < 0 || end < start) {
            throw new IndexOutOfBoundsException("span [" + start + ", " + end + ") is not a range");
        }
        int from = text.offsetByCodePoints(0, start);
        int to = text.offsetByCodePoints(from, end - start);
        return text.substring(from, to);
    }

    /** Up to {@code max} code points ending at code point {@code start}. */
    public static String before(String text, int start, int max) {
        return slice(text, Math.max(0, start - max), start);
    }

    /** Up to {@code max} code points starting at code point {@code end}. */
    public static String after(String text, int end, int max) {
        return slice(text, end, Math.min(length(text), end + max));
    }

    /** The code point index of a UTF-16 index. */
    public static int fromCharIndex(String text, int charIndex) {
        return text.codePointCount(0, charIndex);
    }
}
