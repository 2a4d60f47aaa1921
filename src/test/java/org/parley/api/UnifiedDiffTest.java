package org.parley.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

    @Test
    void sameLinesMakeNoDiff() {
        assertEquals("", UnifiedDiff.of("a", "b", "one\ntwo\n", "one\ntwo"));
    }

    @Test
    void showsAChangedLineWithThreeLinesOfContext() {
        String from = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        String to = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";
        assertEquals("""
                --- committed
                +++ served
                @@ -2,7 +2,7 @@
                 2
                 3
                 4
                -5
                +five
                 6
                 7
                 8
                """, UnifiedDiff.of("committed", "served", from, to));
    }

    @Test
    void keepsDistantChangesInSeparateHunks() {
        String from = "a\n1\n2\n3\n4\n5\n6\n7\n8\nz\n";
        String to = "A\n1\n2\n3\n4\n5\n6\n7\n8\nZ\n";
        assertEquals("""
                --- x
                +++ y
                @@ -1,4 +1,4 @@
                -a
                +A
                 1
                 2
                 3
                @@ -7,4 +7,4 @@
                 6
                 7
                 8
                -z
                +Z
                """, UnifiedDiff.of("x", "y", from, to));
    }
}
