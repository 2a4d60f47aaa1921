package org.parley.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.parley.document.AnchorStatus;
import org.parley.document.CodePoints;

/** The traps of re-anchoring, each with its status and, where anchored, its exact span in code points. */
class ReanchoringTest {

    static final double THRESHOLD = Double.parseDouble(Reanchoring.DEFAULT_THRESHOLD);

    private static final String ARTICLE = """
            GENEVA (AP) — Talks between the United States and Russia ended on Monday without a breakthrough.

            Deputy Foreign Minister Sergei Ryabkov said: "We will not accept new missiles in Europe," adding that \
            Moscow expected written answers within a week.

            U.S. Deputy Secretary of State Wendy Sherman said the negotiations would continue next week in Brussels.

            Both delegations described the atmosphere as businesslike.
            """;

    static Anchor cite(String text, String quote) {
        return Anchoring.anchor("d", text, new Anchoring.Claim(quote, null, null, null, null));
    }

    static Reanchored reanchor(String before, String after, Anchor old) {
        return Reanchoring.between(before, after, THRESHOLD, 1.0f).reanchor(old);
    }

    /** Anchored where its text says: the new text's span equals the quote, in code points. */
    static void assertSpan(String text, Reanchored result, String quote, int start) {
        assertEquals(quote, result.anchor().quote());
        assertEquals(start, result.anchor().start());
        assertEquals(start + CodePoints.length(quote), result.anchor().end());
        assertEquals(quote, CodePoints.slice(text, result.anchor().start(), result.anchor().end()));
    }

    @Test
    void anUnchangedTextKeepsEveryCitationExactly() {
        Anchor old = cite(ARTICLE, "the negotiations would continue next week");
        Reanchored result = reanchor(ARTICLE, ARTICLE, old);
        assertEquals(AnchorStatus.EXACT, result.status());
        assertEquals(old, result.anchor());
        assertEquals(1.0, result.score());
    }

    @Test
    void whitespaceReflowedAroundAQuoteMovesIt() {
        String reflowed = ARTICLE.replace("\n\n", "\n").replace("  ", " ").replace("GENEVA (AP) — ", "GENEVA (AP) - ");
        Anchor old = cite(ARTICLE, "the negotiations would continue next week");
        Reanchored result = reanchor(ARTICLE, reflowed, old);
        assertEquals(AnchorStatus.MOVED, result.status());
        assertSpan(reflowed, result, "the negotiations would continue next week",
                CodePoints.fromCharIndex(reflowed, reflowed.indexOf("the negotiations")));
    }

    @Test
    void whitespaceReflowedAndCurlyQuotesInsideTheQuoteMakeItFuzzyOnTheNewPassage() {
        String curly = ARTICLE.replace("\"We will not accept new missiles in Europe,\"",
                "“We will not accept new\nmissiles in Europe,”");
        String quote = "“We will not accept new\nmissiles in Europe,”";
        Anchor old = cite(curly, quote);
        Reanchored result = reanchor(curly, ARTICLE, old);
        assertEquals(AnchorStatus.FUZZY, result.status());
        String now = "\"We will not accept new missiles in Europe,\"";
        assertSpan(ARTICLE, result, now, CodePoints.fromCharIndex(ARTICLE, ARTICLE.indexOf(now)));
        assertTrue(result.score() >= THRESHOLD && result.score() < 1.0, "score " + result.score());
    }

    @Test
    void aParagraphInsertedBeforeTheQuoteMovesIt() {
        String paragraph = "Earlier, NATO said it would answer the Russian proposals in writing.\n\n";
        String inserted = ARTICLE.replace("Deputy Foreign Minister", paragraph + "Deputy Foreign Minister");
        Anchor old = cite(ARTICLE, "Moscow expected written answers within a week");
        Reanchored result = reanchor(ARTICLE, inserted, old);
        assertEquals(AnchorStatus.MOVED, result.status());
        assertSpan(inserted, result, old.quote(), old.start() + paragraph.length());
    }

    @Test
    void aTypoFixedInsideTheQuoteMakesItFuzzyOnTheCorrectedPassage() {
        String typo = ARTICLE.replace("the negotiations would", "the negotations would");
        Anchor old = cite(typo, "the negotations would continue next week");
        Reanchored result = reanchor(typo, ARTICLE, old);
        assertEquals(AnchorStatus.FUZZY, result.status());
        assertSpan(ARTICLE, result, "the negotiations would continue next week", old.start());
        assertTrue(result.score() > 0.95, "score " + result.score());
    }

    @Test
    void aSentenceThatAppearsTwiceIsPlacedByItsPrefixAndSuffix() {
        String twice = "A commentator wrote that the negotiations would continue next week, which nobody believed.\n\n"
                + ARTICLE;
        Anchor old = cite(ARTICLE, "the negotiations would continue next week");
        Reanchored result = reanchor(ARTICLE, twice, old);
        assertEquals(AnchorStatus.MOVED, result.status());
        assertSpan(twice, result, old.quote(), twice.lastIndexOf(old.quote()));
    }

    @Test
    void aSentenceThatAppearsTwiceInOtherContextsIsOrphaned() {
        String before = "Sherman said: we will talk again. The meeting ended.";
        String after = "Lavrov said: we will talk again, maybe. Later, Stoltenberg said: we will talk again, if ever.";
        Anchor old = cite(before, "we will talk again");
        Reanchored result = reanchor(before, after, old);
        assertEquals(AnchorStatus.ORPHANED, result.status());
        assertNull(result.anchor());
    }

    @Test
    void theQuotedParagraphDeletedOrphansTheCitation() {
        String deleted = ARTICLE.replace("""
                U.S. Deputy Secretary of State Wendy Sherman said the negotiations would continue next week in Brussels.

                """, "");
        Anchor old = cite(ARTICLE, "the negotiations would continue next week");
        Reanchored result = reanchor(ARTICLE, deleted, old);
        assertEquals(AnchorStatus.ORPHANED, result.status());
        assertNull(result.anchor());
    }

    @Test
    void theQuotedSentenceRewrittenToSaySomethingElseIsOrphanedNotFuzzy() {
        String rewritten = ARTICLE.replace("the negotiations would continue next week in Brussels",
                "Washington saw no reason to meet again before February");
        Anchor old = cite(ARTICLE, "the negotiations would continue next week in Brussels");
        Reanchored result = reanchor(ARTICLE, rewritten, old);
        assertEquals(AnchorStatus.ORPHANED, result.status());
        assertTrue(result.score() < THRESHOLD, "score " + result.score());
    }

    @Test
    void aNonBmpCharacterBeforeTheQuoteShiftsItByOneCodePoint() {
        String flagged = ARTICLE.replace("GENEVA (AP)", "𝐆ENEVA 🇺🇸🇷🇺 (AP)");
        Anchor old = cite(ARTICLE, "Moscow expected written answers within a week");
        Reanchored result = reanchor(ARTICLE, flagged, old);
        assertEquals(AnchorStatus.MOVED, result.status());
        // "𝐆" is one code point for "G" (but two UTF-16 units); the two flags add four code points and a space.
        assertSpan(flagged, result, old.quote(), old.start() + 5);

        String typo = flagged.replace("written answers", "writen answers");
        Anchor typoOld = cite(typo, "Moscow expected writen answers within a week");
        Reanchored fixed = reanchor(typo, flagged, typoOld);
        assertEquals(AnchorStatus.FUZZY, fixed.status());
        assertSpan(flagged, fixed, old.quote(), old.start() + 5);
    }

    @Test
    void aggregatorBoilerplateAddedAtTheEndLeavesCitationsExact() {
        String syndicated = ARTICLE + "\nCopyright 2022 The Associated Press. All rights reserved. This material may "
                + "not be published, broadcast, rewritten or redistributed.\n\nRead more: Top stories today\n";
        Anchor old = cite(ARTICLE, "the negotiations would continue next week");
        Reanchored result = reanchor(ARTICLE, syndicated, old);
        assertEquals(AnchorStatus.EXACT, result.status());
        assertEquals(old, result.anchor());

        Anchor last = cite(ARTICLE, "described the atmosphere as businesslike.");
        Reanchored atTheEnd = reanchor(ARTICLE, syndicated, last);
        assertEquals(AnchorStatus.EXACT, atTheEnd.status(), "the old suffix (a newline) still follows the quote");
        assertSpan(syndicated, atTheEnd, last.quote(), last.start());
    }

    @Test
    void aQuoteThatOccurredTwiceIsNotMovedToTheOtherOneWhenItsOwnIsDeleted() {
        String before = "Ryabkov: no deal. Sherman later wrote a long reply.\n\nGrushko: no deal. That ended it.";
        String after = "Sherman later wrote a long reply.\n\nGrushko: no deal. That ended it.";
        Anchor old = Anchoring.anchor("d", before, new Anchoring.Claim("no deal.", 9, null, null, null));
        Reanchored result = reanchor(before, after, old);
        assertEquals(AnchorStatus.ORPHANED, result.status());
    }

    @Test
    void summarisesWhatChanged() {
        String typo = ARTICLE.replace("negotiations", "negotations");
        assertEquals("+1 −0 code points in 1 place", Reanchoring.between(typo, ARTICLE, THRESHOLD, 1f).summary());
        assertEquals("text unchanged", Reanchoring.between(ARTICLE, ARTICLE, THRESHOLD, 1f).summary());
    }
}
