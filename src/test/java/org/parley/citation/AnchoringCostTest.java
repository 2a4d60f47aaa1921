package org.parley.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Anchoring costs time linear in the text and a problem of bounded size, whatever the quote and the text. */
class AnchoringCostTest {

    @Test
    void aOneCharacterQuoteInTenMillionCharactersIsRefusedQuicklyWithAShortMessage() {
        String text = "a".repeat(10_000_000);
        AnchorException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThrows(
                AnchorException.class, () -> Anchoring.anchor("big", text, new Anchoring.Claim("a", null, null,
                        null, null))));
        assertTrue(e.getMessage().contains("at least"), e.getMessage());
        assertTrue(e.getMessage().contains("[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]"), e.getMessage());
        assertTrue(e.getMessage().length() < 300, e.getMessage());
    }

    @Test
    void offsetsOutsideLatin1AreCountedOnceNotPerOccurrence() {
        int n = 200_000;
        String text = "ж".repeat(n) + "😀Xж";
        Anchor anchor = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Anchoring.anchor("cyrillic", text,
                new Anchoring.Claim("ж", null, null, "X", null)));
        assertEquals(n + 2, anchor.start());
        assertEquals("ж", text.substring(text.offsetByCodePoints(0, anchor.start()),
                text.offsetByCodePoints(0, anchor.end())));
    }

    @Test
    void anAmbiguousQuoteListsAtMostTenOccurrencesAndHowManyThereAre() {
        String text = "x y ".repeat(12);
        AnchorException e = assertThrows(AnchorException.class, () -> Anchoring.anchor("twelve", text,
                new Anchoring.Claim("y", null, null, "NOT THERE", null)));
        assertTrue(e.getMessage().startsWith("Quote occurs 12 times"), e.getMessage());
        assertTrue(e.getMessage().contains("first at code points [2, 6, 10, 14, 18, 22, 26, 30, 34, 38]"),
                e.getMessage());
        assertTrue(e.getMessage().contains("none with the given context"), e.getMessage());
    }
}
