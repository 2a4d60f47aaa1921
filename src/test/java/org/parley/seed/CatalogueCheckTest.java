package org.parley.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.document.DateBasis;
import org.parley.party.PartyKind;
import org.parley.position.PositionKind;
import org.parley.seed.Catalogue.CitationEntry;
import org.parley.seed.Catalogue.DocumentEntry;
import org.parley.seed.Catalogue.PartyEntry;
import org.parley.seed.Catalogue.PositionEntry;
import org.parley.seed.Catalogue.TopicEntry;

class CatalogueCheckTest {

    private static final String TEXT = "Moscow demands guarantees. Washington rejects them.";
    private static final Map<String, String> TEXTS = Map.of("doc", TEXT);

    @Test
    void acceptsACatalogueWhoseCitationsMatch() {
        var verified = CatalogueCheck.verify(catalogue(
                position("demand", null, new CitationEntry("doc", "Moscow demands guarantees.", 0, 26, null, null)),
                position("answer", "demand", new CitationEntry("doc", "Washington rejects them.", null, null, null,
                        null))), TEXTS);
        assertEquals(27, verified.anchors().get("answer").get(0).start());
    }

    @Test
    void aMismatchedCitationNamesTheEntryDocumentOffsetsAndBothStrings() {
        SeedException e = assertThrows(SeedException.class, () -> CatalogueCheck.verify(catalogue(
                position("demand", null, new CitationEntry("doc", "Moscow demands guarantees.", 1, 27, null, null))),
                TEXTS));
        assertEquals(List.of("Position 'demand', citation 1: Citation does not match document 'doc' at [1, 27): the "
                + "quote is \"Moscow demands guarantees.\" but the text there is \"oscow demands guarantees. \"."),
                e.problems());
    }

    @Test
    void listsEveryDanglingReference() {
        PositionEntry orphan = new PositionEntry("orphan", "atlantis", "weather", PositionKind.DEMAND, "S",
                LocalDate.of(2022, 1, 1), "nobody", "missing",
                List.of(new CitationEntry("lost", "Moscow", null, null, null, null)));
        SeedException e = assertThrows(SeedException.class, () -> CatalogueCheck.verify(catalogue(orphan), TEXTS));
        String all = String.join("\n", e.problems());
        for (String expected : List.of("unknown party 'atlantis'", "unknown topic 'weather'",
                "unknown speaker 'nobody'", "unknown position 'missing'", "unknown document 'lost'")) {
            assertTrue(all.contains(expected), all);
        }
    }

    @Test
    void refusesRespondsToCycles() {
        CitationEntry cite = new CitationEntry("doc", "Moscow demands guarantees.", null, null, null, null);
        SeedException e = assertThrows(SeedException.class, () -> CatalogueCheck.verify(catalogue(
                position("a", "b", cite), position("b", "a", cite), position("self", "self", cite)), TEXTS));
        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith("Position 'a' answers itself")), e.getMessage());
        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith("Position 'self' answers itself")),
                e.getMessage());
    }

    @Test
    void refusesDuplicateAndMalformedIds() {
        CitationEntry cite = new CitationEntry("doc", "Moscow demands guarantees.", null, null, null, null);
        SeedException e = assertThrows(SeedException.class, () -> CatalogueCheck.verify(catalogue(
                position("twice", null, cite), position("twice", null, cite), position("Bad Id", null, cite)),
                TEXTS));
        assertTrue(e.getMessage().contains("Two position entries have the id 'twice'"), e.getMessage());
        assertTrue(e.getMessage().contains("malformed id 'Bad Id'"), e.getMessage());
    }

    @Test
    void aNegotiationMustNameKnownPartiesTopicsAndDocumentsOnTwoSides() {
        Catalogue base = catalogue();
        Catalogue.NegotiationEntry talks = new Catalogue.NegotiationEntry("talks", "Talks", null, null, null,
                List.of(new Catalogue.SideEntry("East", List.of("russia", "nobody"))), List.of("guarantees", "nothing"),
                List.of("doc", "no-doc"));
        SeedException e = assertThrows(SeedException.class, () -> CatalogueCheck.verify(new Catalogue(
                base.documents(), base.parties(), base.topics(), base.positions(), List.of(talks)), TEXTS));
        assertTrue(e.getMessage().contains("unknown party 'nobody'"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown topic 'nothing'"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown document 'no-doc'"), e.getMessage());
        assertTrue(e.getMessage().contains("fewer than two sides"), e.getMessage());
    }

    private static PositionEntry position(String id, String respondsTo, CitationEntry citation) {
        return new PositionEntry(id, "russia", "guarantees", PositionKind.DEMAND, "Summary.",
                LocalDate.of(2022, 1, 10), null, respondsTo, List.of(citation));
    }

    private static Catalogue catalogue(PositionEntry... positions) {
        return new Catalogue(
                List.of(new DocumentEntry("doc", "Title", null, null, LocalDate.of(2022, 1, 10), DateBasis.TEXT, null,
                        "en", null)),
                List.of(new PartyEntry("russia", "Russia", PartyKind.STATE, List.of("Moscow"), List.of())),
                List.of(new TopicEntry("guarantees", "Guarantees", null)),
                List.of(positions));
    }
}
