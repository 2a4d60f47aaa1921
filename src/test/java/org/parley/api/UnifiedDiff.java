package org.parley.api;

import java.util.ArrayList;
import java.util.List;

/** A line diff in the unified format of {@code diff -u}, for test failures that must show what changed. */
final class UnifiedDiff {

    private static final int CONTEXT = 3;

    private record Line(char op, String text, int from, int to) {
    }

    private UnifiedDiff() {
    }

    /** The hunks turning {@code from} into {@code to}; empty when they have the same lines. */
    static String of(String fromName, String toName, String from, String to) {
        List<Line> lines = edits(from.lines().toList(), to.lines().toList());
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).op() == ' ') {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            while (end < lines.size()) {
                int nextChange = nextChange(lines, end);
                if (nextChange < 0 || nextChange - end > 2 * CONTEXT) {
                    break;
                }
                end = nextChange + 1;
            }
            end = Math.min(lines.size(), end + CONTEXT);
            hunk(out, lines.subList(start, end));
            i = end;
        }
        return out.isEmpty() ? "" : "--- " + fromName + "\n+++ " + toName + "\n" + out;
    }

    private static int nextChange(List<Line> lines, int from) {
        for (int k = from; k < lines.size(); k++) {
            if (lines.get(k).op() != ' ') {
                return k;
            }
        }
        return -1;
    }

    private static void hunk(StringBuilder out, List<Line> hunk) {
        long fromCount = hunk.stream().filter(l -> l.op() != '+').count();
        long toCount = hunk.stream().filter(l -> l.op() != '-').count();
        int fromStart = hunk.stream().filter(l -> l.op() != '+').findFirst().map(Line::from).orElse(hunk.get(0).from());
        int toStart = hunk.stream().filter(l -> l.op() != '-').findFirst().map(Line::to).orElse(hunk.get(0).to());
        out.append("@@ -").append(fromStart + 1).append(',').append(fromCount)
                .append(" +").append(toStart + 1).append(',').append(toCount).append(" @@\n");
        hunk.forEach(l -> out.append(l.op()).append(l.text()).append('\n'));
    }

    /** The longest common subsequence of lines, walked into kept, removed and added lines. */
    private static List<Line> edits(List<String> a, List<String> b) {
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                lines.add(new Line(' ', a.get(i), i++, j++));
            } else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
                lines.add(new Line('-', a.get(i), i++, j));
            } else {
                lines.add(new Line('+', b.get(j), i, j++));
            }
        }
        return lines;
    }
}
