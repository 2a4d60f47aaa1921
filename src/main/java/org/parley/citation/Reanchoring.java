package org.parley.citation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parley.document.AnchorStatus;

/**
 * Re-anchors citations of a document's old text into its new revision, and says honestly how each one fared
 * ({@link AnchorStatus}). It never points a citation at a guess: an unchanged quote must be found in its old context,
 * or be the only one of its kind; an edited passage must be at least {@code threshold} similar to the old quote;
 * anything else is orphaned. The texts are compared once, with diff-match-patch, whatever the number of citations.
 */
public final class Reanchoring {

    /** The default least similarity of a FUZZY anchor, chosen on the calibration pairs (ThresholdCalibrationTest). */
    public static final String DEFAULT_THRESHOLD = "0.7";

    /** How similar (0 to 1) a candidate's context must be to the stored prefix and suffix to be chosen by it. */
    static final double CONTEXT_MIN = 0.6;
    /** By how much the best candidate's context must beat the next one's for the context to choose. */
    static final double CONTEXT_MARGIN = 0.1;
    /** Beyond this many occurrences of a quote, the context is not asked to choose: the quote is orphaned. */
    private static final int MAX_OCCURRENCES = 100;
    /** The longest quote a citation stores (its column's size, in UTF-16 units). */
    private static final int MAX_QUOTE = 4000;

    private final String oldText;
    private final String newText;
    private final double threshold;
    private final TextDiff diff;
    private final CodePointIndex oldIndex;
    private final CodePointIndex newIndex;
    private final int newLength;

    private Reanchoring(String oldText, String newText, double threshold, float diffTimeoutSeconds) {
        this.oldText = oldText;
        this.newText = newText;
        this.threshold = threshold;
        this.diff = new TextDiff(oldText, newText, diffTimeoutSeconds);
        this.oldIndex = new CodePointIndex(oldText);
        this.newIndex = new CodePointIndex(newText);
        this.newLength = newText.codePointCount(0, newText.length());
    }

    /**
     * @param threshold the least similarity (0 to 1) of an edited passage to the old quote for a FUZZY anchor
     * @param diffTimeoutSeconds how long the diff may look for the smallest difference before settling for a coarser
     *     one (which can only orphan more citations, never misplace one)
     */
    public static Reanchoring between(String oldText, String newText, double threshold, float diffTimeoutSeconds) {
        return new Reanchoring(oldText, newText, threshold, diffTimeoutSeconds);
    }

    /** What changed between the texts, in a few words: "+120 −35 code points in 3 places". */
    public String summary() {
        if (diff.places() == 0) {
            return "text unchanged";
        }
        return "+" + diff.insertedCodePoints() + " −" + diff.deletedCodePoints() + " code points in " + diff.places()
                + (diff.places() == 1 ? " place" : " places");
    }

    /** Where the citation anchored in the old text lands in the new one. */
    public Reanchored reanchor(Anchor old) {
        int oldStart = oldIndex.toChar(old.start());
        int oldEnd = oldIndex.toChar(old.end());
        String quote = old.quote();
        if (diff.kept(oldStart, oldEnd)) {
            int at = diff.mapStart(oldStart);
            if (contextAgrees(at, at + quote.length(), old)) {
                return found(at, old);
            }
        }
        List<Integer> occurrences = occurrences(newText, quote);
        if (!occurrences.isEmpty()) {
            return choose(occurrences, old, oldStart);
        }
        return edited(old, oldStart, oldEnd);
    }

    /** The quote is in the new text, unchanged, once or more: its context must choose, or nothing is chosen. */
    private Reanchored choose(List<Integer> occurrences, Anchor old, int oldStart) {
        if (occurrences.size() > MAX_OCCURRENCES) {
            return Reanchored.orphaned(0.0, "the quote occurs more than " + MAX_OCCURRENCES + " times");
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int at : occurrences) {
            candidates.add(new Candidate(at, contextSimilarity(at, at + old.quote().length(), old)));
        }
        candidates.sort(Comparator.comparingDouble(Candidate::context).reversed());
        Candidate best = candidates.get(0);
        if (candidates.size() == 1) {
            boolean uniqueBefore = occurrences(oldText, old.quote()).size() == 1;
            return uniqueBefore || best.context >= CONTEXT_MIN ? found(best.at, old)
                    : Reanchored.orphaned(0.0, "the quote is found once, but in another context, and it occurred "
                            + "more than once before");
        }
        double second = candidates.get(1).context;
        if (best.context >= CONTEXT_MIN && best.context - second >= CONTEXT_MARGIN) {
            return found(best.at, old);
        }
        // Repeats with the same context: the diff, which aligns the whole texts, tells which is the same passage.
        int kept = diff.kept(oldStart, oldStart + old.quote().length()) ? diff.mapStart(oldStart) : -1;
        for (Candidate c : candidates) {
            if (c.at == kept && best.context >= CONTEXT_MIN && c.context == best.context) {
                return found(c.at, old);
            }
        }
        return Reanchored.orphaned(0.0, "the quote occurs " + occurrences.size() + " times and its prefix and "
                + "suffix do not choose one");
    }

    private record Candidate(int at, double context) {
    }

    /** The quote is no longer in the text: the passage the diff puts in its place, if similar enough. */
    private Reanchored edited(Anchor old, int oldStart, int oldEnd) {
        int from = diff.mapStart(oldStart);
        int to = diff.mapEnd(oldEnd);
        String quote = old.quote();
        if (!Character.isWhitespace(quote.charAt(0))) {
            while (from < to && Character.isWhitespace(newText.charAt(from))) {
                from++;
            }
        }
        if (!Character.isWhitespace(quote.charAt(quote.length() - 1))) {
            while (to > from && Character.isWhitespace(newText.charAt(to - 1))) {
                to--;
            }
        }
        if (from < newText.length() && Character.isLowSurrogate(newText.charAt(from)) && from > 0) {
            from--;
        }
        if (to > 0 && to < newText.length() && Character.isHighSurrogate(newText.charAt(to - 1))) {
            to++;
        }
        if (to <= from) {
            return Reanchored.orphaned(0.0, "the passage was deleted");
        }
        if (to - from > MAX_QUOTE) {
            return Reanchored.orphaned(0.0, "the passage in its place is longer than a quote may be");
        }
        String passage = newText.substring(from, to);
        double score = TextDiff.similarity(quote, passage);
        if (score < threshold) {
            return Reanchored.orphaned(score, "the passage in its place is only " + Math.round(score * 100)
                    + "% similar to the quote");
        }
        return Reanchored.at(AnchorStatus.FUZZY, score, anchorAt(from, to));
    }

    /** The unchanged quote at UTF-16 index {@code at}: EXACT where it was with its context, MOVED otherwise. */
    private Reanchored found(int at, Anchor old) {
        Anchor anchor = anchorAt(at, at + old.quote().length());
        boolean same = anchor.start() == old.start() && contextAgrees(at, at + old.quote().length(), old);
        return Reanchored.at(same ? AnchorStatus.EXACT : AnchorStatus.MOVED, 1.0, anchor);
    }

    private Anchor anchorAt(int from, int to) {
        int start = newIndex.toCodePoint(from);
        int end = newIndex.toCodePoint(to);
        // Context by UTF-16 index: CodePoints.before and after count from the text's start, once per citation.
        int before = newIndex.toChar(Math.max(0, start - Anchoring.CONTEXT));
        int after = newIndex.toChar(Math.min(newLength, end + Anchoring.CONTEXT));
        return new Anchor(newText.substring(from, to), start, end, newText.substring(before, from),
                newText.substring(to, after));
    }

    /** The stored prefix still runs into the span, and the stored suffix out of it. */
    private boolean contextAgrees(int from, int to, Anchor old) {
        return from >= old.prefix().length() && newText.startsWith(old.prefix(), from - old.prefix().length())
                && newText.startsWith(old.suffix(), to);
    }

    /** How alike the text around [from, to) is to the stored prefix and suffix, 0 to 1, weighted by length. */
    private double contextSimilarity(int from, int to, Anchor old) {
        String prefix = newText.substring(Math.max(0, from - old.prefix().length()), from);
        String suffix = newText.substring(to, Math.min(newText.length(), to + old.suffix().length()));
        int total = old.prefix().length() + old.suffix().length();
        if (total == 0) {
            return 1.0;
        }
        return (TextDiff.similarity(old.prefix(), prefix) * old.prefix().length()
                + TextDiff.similarity(old.suffix(), suffix) * old.suffix().length()) / total;
    }

    /** UTF-16 indexes where {@code quote} starts in {@code text}, up to one more than the most considered. */
    private static List<Integer> occurrences(String text, String quote) {
        List<Integer> found = new ArrayList<>();
        for (int at = text.indexOf(quote); at >= 0 && found.size() <= MAX_OCCURRENCES;
                at = text.indexOf(quote, at + 1)) {
            found.add(at);
        }
        return found;
    }
}
