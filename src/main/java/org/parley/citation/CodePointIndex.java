package org.parley.citation;

/**
 * Converts between code point offsets (what citations count in) and UTF-16 indexes (what Java strings use) in
 * constant time, for texts re-anchored many citations at a time. A text without surrogate pairs needs no table.
 */
final class CodePointIndex {

    private final int[] charOfCodePoint;

    CodePointIndex(String text) {
        int codePoints = text.codePointCount(0, text.length());
        if (codePoints == text.length()) {
            charOfCodePoint = null;
            return;
        }
        charOfCodePoint = new int[codePoints + 1];
        int at = 0;
        for (int cp = 0; cp < codePoints; cp++) {
            charOfCodePoint[cp] = at;
            at += Character.charCount(text.codePointAt(at));
        }
        charOfCodePoint[codePoints] = at;
    }

    int toChar(int codePoint) {
        return charOfCodePoint == null ? codePoint : charOfCodePoint[codePoint];
    }

    int toCodePoint(int charIndex) {
        if (charOfCodePoint == null) {
            return charIndex;
        }
        int found = java.util.Arrays.binarySearch(charOfCodePoint, charIndex);
        return found >= 0 ? found : -found - 1;
    }
}
