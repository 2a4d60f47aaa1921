package org.parley.citation;

import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch.Diff;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch.Operation;

/**
 * The differences between two revisions of a text, computed once by diff-match-patch, and the mapping of offsets
 * (UTF-16 indexes) from the old text into the new one that they imply.
 */
final class TextDiff {

    /** One run of the diff: {@code length} chars kept, deleted or inserted, at these offsets in each text. */
    private record Run(Operation op, int oldStart, int newStart, int length) {
        int oldEnd() {
            return op == Operation.INSERT ? oldStart : oldStart + length;
        }
    }

    private final List<Run> runs = new ArrayList<>();
    private final int oldLength;
    private final int newLength;
    private int inserted;
    private int deleted;
    private int places;

    TextDiff(String oldText, String newText, float timeoutSeconds) {
        DiffMatchPatch dmp = new DiffMatchPatch();
        dmp.diffTimeout = timeoutSeconds;
        LinkedList<Diff> diffs = dmp.diffMain(oldText, newText, true);
        // Aligns edits on word and sentence boundaries, so that chance equalities inside a rewritten passage
        // (a shared "the", a space) do not pass for kept text.
        dmp.diffCleanupSemantic(diffs);
        int oldAt = 0;
        int newAt = 0;
        Operation previous = Operation.EQUAL;
        for (Diff d : diffs) {
            int length = d.text.length();
            runs.add(new Run(d.operation, oldAt, newAt, length));
            switch (d.operation) {
                case EQUAL -> {
                    oldAt += length;
                    newAt += length;
                }
                case DELETE -> {
                    oldAt += length;
                    deleted += d.text.codePointCount(0, length);
                }
                case INSERT -> {
                    newAt += length;
                    inserted += d.text.codePointCount(0, length);
                }
            }
            if (d.operation != Operation.EQUAL && previous == Operation.EQUAL) {
                places++;
            }
            previous = d.operation;
        }
        this.oldLength = oldAt;
        this.newLength = newAt;
    }

    int insertedCodePoints() {
        return inserted;
    }

    int deletedCodePoints() {
        return deleted;
    }

    /** How many separate places the texts differ in. */
    int places() {
        return places;
    }

    /** Whether old [start, end) lies within text the diff keeps unchanged, with no insertion inside it. */
    boolean kept(int start, int end) {
        Run run = runAt(start);
        return run != null && run.op == Operation.EQUAL && end <= run.oldEnd();
    }

    /**
     * Where a span's start goes: text inserted right at it comes before it; a start inside deleted text goes to
     * where the deletion was.
     */
    int mapStart(int at) {
        if (at >= oldLength) {
            return newLength;
        }
        Run run = runAt(at);
        return run.op == Operation.EQUAL ? run.newStart + (at - run.oldStart) : run.newStart;
    }

    /**
     * Where a span's (exclusive) end goes: text inserted right after it stays out of it, but text that replaced
     * the deleted text it ends in is part of it.
     */
    int mapEnd(int at) {
        if (at <= 0) {
            return 0;
        }
        int index = indexAt(at - 1);
        Run run = runs.get(index);
        if (run.op == Operation.EQUAL) {
            return run.newStart + (at - run.oldStart);
        }
        boolean replaced = index + 1 < runs.size() && runs.get(index + 1).op == Operation.INSERT;
        return replaced ? run.newStart + runs.get(index + 1).length : run.newStart;
    }

    private Run runAt(int at) {
        int index = indexAt(at);
        return index < 0 ? null : runs.get(index);
    }

    /** The kept or deleted run holding the old text's char {@code at} (insertions hold none), by binary search. */
    private int indexAt(int at) {
        int low = 0;
        int high = runs.size() - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Run run = runs.get(mid);
            if (run.oldStart <= at) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        // Several runs may start at the same offset: an insertion, then the run that holds the char.
        while (found >= 0 && found < runs.size() && (runs.get(found).op == Operation.INSERT
                || runs.get(found).oldEnd() <= at)) {
            found++;
            if (found == runs.size()) {
                return -1;
            }
        }
        return found;
    }

    /** Similarity of two strings, 0 to 1: one minus their Levenshtein distance over the longer one's length. */
    static double similarity(String a, String b) {
        int longest = Math.max(a.length(), b.length());
        if (longest == 0) {
            return 1.0;
        }
        DiffMatchPatch dmp = new DiffMatchPatch();
        LinkedList<Diff> diffs = dmp.diffMain(a, b, false);
        return 1.0 - (double) dmp.diffLevenshtein(diffs) / longest;
    }
}
