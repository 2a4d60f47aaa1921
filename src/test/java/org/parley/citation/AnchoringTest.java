package org.parley.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AnchoringTest {

    private static final String TEXT = "𝔘 says: we want peace. 😀 They say: we want peace. End.";

    @Test
    void findsAQuoteThatOccursOnceAndCountsCodePoints() {
        Anchor anchor = Anchoring.anchor("d", TEXT, new Anchoring.Claim("They say", null, null, null, null));
        assertEquals(25, anchor.start());
        assertEquals(33, anchor.end());
        assertEquals("𝔘 says: we want peace. 😀 ", anchor.prefix());
        assertEquals(": we want peace. End.", anchor.suffix());
    }

    @Test
    void refusesAnAmbiguousQuoteUntilContextOrAStartChooses() {
        AnchorException e = assertThrows(AnchorException.class,
                () -> Anchoring.anchor("d", TEXT, new Anchoring.Claim("we want peace.", null, null, null, null)));
        assertTrue(e.getMessage().contains("occurs 2 times"), e.getMessage());
        assertTrue(e.getMessage().contains("[8, 35]"), e.getMessage());

        assertEquals(35, Anchoring.anchor("d", TEXT,
                new Anchoring.Claim("we want peace.", null, null, "They say: ", null)).start());
        assertEquals(8, Anchoring.anchor("d", TEXT,
                new Anchoring.Claim("we want peace.", null, null, null, " 😀")).start());
        assertEquals(35, Anchoring.anchor("d", TEXT,
                new Anchoring.Claim("we want peace.", 35, null, null, null)).start());
    }

    @Test
    void refusesOffsetsThatDoNotSelectTheQuoteAndSaysWhatIsThere() {
        AnchorException e = assertThrows(AnchorException.class,
                () -> Anchoring.anchor("doc-1", TEXT, new Anchoring.Claim("we want peace.", 9, 23, null, null)));
        assertEquals("Citation does not match document 'doc-1' at [9, 23): the quote is \"we want peace.\" but the "
                + "text there is \"e want peace. \".", e.getMessage());
    }

    @Test
    void refusesOffsetsOutsideTheTextAndQuotesThatAreNotThere() {
        assertThrows(AnchorException.class,
                () -> Anchoring.anchor("d", TEXT, new Anchoring.Claim("End.", 60, 64, null, null)));
        assertThrows(AnchorException.class,
                () -> Anchoring.anchor("d", TEXT, new Anchoring.Claim("war", null, null, null, null)));
        assertThrows(AnchorException.class,
                () -> Anchoring.anchor("d", TEXT, new Anchoring.Claim("", 0, 0, null, null)));
    }

    @Test
    void refusesContextThatContradictsTheOffsets() {
        AnchorException e = assertThrows(AnchorException.class, () -> Anchoring.anchor("d", TEXT,
                new Anchoring.Claim("we want peace.", 8, 22, "They say: ", null)));
        assertTrue(e.getMessage().contains("context does not match"), e.getMessage());
    }
}
