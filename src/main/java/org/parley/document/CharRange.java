package org.parley.document;

import org.parley.error.DomainException;

/**
 * An RFC 5147 {@code char=} fragment in code points: {@code a,b} is the span [a, b), {@code a,} runs to the end,
 * {@code ,b} from the start, and a lone {@code a} is the empty span at position a.
 */
public record CharRange(Integer start, Integer end) {

    public static CharRange parse(String value) {
        if (!value.matches("\\d{1,10}(,\\d{0,10})?|,\\d{1,10}")) {
            throw DomainException.invalidParameter("char", "expected start,end in code points (RFC 5147), e.g. 0,120");
        }
        int comma = value.indexOf(',');
        if (comma < 0) {
            int at = number(value);
            return new CharRange(at, at);
        }
        String from = value.substring(0, comma);
        String to = value.substring(comma + 1);
        return new CharRange(from.isEmpty() ? null : number(from), to.isEmpty() ? null : number(to));
    }

    /** The span of a text of the given length, or a 400 when it does not fit. */
    public int[] resolve(int length) {
        int from = start == null ? 0 : start;
        int to = end == null ? length : end;
        if (from > to || to > length) {
            throw DomainException.invalidParameter("char",
                    "span " + from + "," + to + " does not fit a text of " + length + " code points");
        }
        return new int[] {from, to};
    }

    private static int number(String digits) {
        long n = Long.parseLong(digits);
        if (n > Integer.MAX_VALUE) {
            throw DomainException.invalidParameter("char", "offset " + digits + " is too large");
        }
        return (int) n;
    }
}
