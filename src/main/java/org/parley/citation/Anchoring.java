package org.parley.citation;

import java.util.ArrayList;
import java.util.List;
import org.parley.document.CodePoints;

/**
 * Checks a citation against its document's text, or finds where it is. A citation holds exactly
 * {@code text[start, end)}, always: given offsets must select the quote; a quote given alone is searched for, and
 * one that occurs more than once needs a prefix, a suffix or a start to choose.
 */
public final class Anchoring {

    /** Code points of context kept either side of a quote. */
    public static final int CONTEXT = 32;
    /** Occurrences an ambiguous quote's problem lists at most. */
    static final int LISTED = 10;

    private Anchoring() {
    }

    /** What a client or the catalogue says of a citation; anything but the quote may be missing. */
    public record Claim(String quote, Integer start, Integer end, String prefix, String suffix) {
    }

    public static Anchor anchor(String documentId, String text, Claim claim) {
        String quote = claim.quote();
        if (quote == null || quote.isEmpty()) {
            throw new AnchorException(documentId, "A citation of document '" + documentId + "' has an empty quote.");
        }
        int quoteLength = CodePoints.length(quote);
        Integer start = claim.start() != null ? claim.start()
                : claim.end() != null ? Integer.valueOf(claim.end() - quoteLength) : null;
        if (start == null) {
            start = locate(documentId, text, claim);
        }
        int end = claim.end() != null ? claim.end() : start + quoteLength;
        String actual = spanOrNull(text, start, end);
        if (actual == null) {
            throw new AnchorException(documentId, "Citation offsets [" + start + ", " + end + ") fall outside document '"
                    + documentId + "', whose text has " + CodePoints.length(text) + " code points; quote: \""
                    + quote + "\".");
        }
        if (!actual.equals(quote)) {
            throw new AnchorException(documentId, "Citation does not match document '" + documentId + "' at ["
                    + start + ", " + end + "): the quote is \"" + quote + "\" but the text there is \"" + actual
                    + "\".");
        }
        String prefix = CodePoints.before(text, start, CONTEXT);
        String suffix = CodePoints.after(text, end, CONTEXT);
        if (!contextAgrees(text, start, end, claim)) {
            throw new AnchorException(documentId, "Citation context does not match document '" + documentId
                    + "' at [" + start + ", " + end + "): given prefix \"" + nullToEmpty(claim.prefix())
                    + "\" and suffix \"" + nullToEmpty(claim.suffix()) + "\", but the text has \"" + prefix
                    + "\" before and \"" + suffix + "\" after.");
        }
        return new Anchor(quote, start, end, prefix, suffix);
    }

    /**
     * Finds the one occurrence of the quote that agrees with the given context. The search stops once a second
     * candidate and {@link #LISTED} occurrences are known, and counts code points as it goes, so neither a
     * one-character quote in a large text nor text outside Latin-1 makes it slow or its result large.
     */
    private static int locate(String documentId, String text, Claim claim) {
        String quote = claim.quote();
        int quoteChars = quote.length();
        List<Integer> candidates = new ArrayList<>(2);
        List<Integer> listed = new ArrayList<>(LISTED);
        int occurrences = 0;
        int charAt = 0;
        int codePointAt = 0;
        boolean complete = true;
        for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
            if (candidates.size() > 1 && listed.size() >= LISTED) {
                complete = false;
                break;
            }
            codePointAt += text.codePointCount(charAt, at);
            charAt = at;
            occurrences++;
            if (listed.size() < LISTED) {
                listed.add(codePointAt);
            }
            if (contextAgreesAt(text, at, at + quoteChars, claim)) {
                candidates.add(codePointAt);
            }
        }
        if (occurrences == 0) {
            throw new AnchorException(documentId, "Quote not found in document '" + documentId + "': \""
                    + quote + "\".");
        }
        if (candidates.size() != 1) {
            String count = complete ? occurrences + " times" : "at least " + occurrences + " times";
            String where = occurrences > listed.size() ? "first at code points " : "at code points ";
            throw new AnchorException(documentId, "Quote occurs " + count + " in document '" + documentId
                    + "' (" + where + listed + ")" + (candidates.isEmpty() ? ", none with the given context"
                            : "") + "; give a prefix, a suffix or a start to choose: \"" + quote + "\".");
        }
        return candidates.get(0);
    }

    /** The text must run into the span with the given prefix and out of it with the given suffix, if any. */
    private static boolean contextAgrees(String text, int start, int end, Claim claim) {
        int from = text.offsetByCodePoints(0, start);
        return contextAgreesAt(text, from, text.offsetByCodePoints(from, end - start), claim);
    }

    /** {@link #contextAgrees} with the span given in UTF-16 indexes. */
    private static boolean contextAgreesAt(String text, int from, int to, Claim claim) {
        String given = claim.prefix();
        boolean prefixAgrees = given == null || from >= given.length() && text.startsWith(given, from - given.length());
        return prefixAgrees && (claim.suffix() == null || text.startsWith(claim.suffix(), to));
    }

    private static String spanOrNull(String text, int start, int end) {
        try {
            return CodePoints.slice(text, start, end);
        } catch (IndexOutOfBoundsException e) {
            return null;
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
