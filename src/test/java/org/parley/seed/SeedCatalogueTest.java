package org.parley.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.position.PositionKind;
import org.parley.seed.Catalogue.CitationEntry;
import org.parley.seed.Catalogue.PartyEntry;
import org.parley.seed.Catalogue.PositionEntry;

/**
 * The shipped catalogue, read from {@code seeds/} as the service reads it: every citation is its document's span,
 * every reference resolves, no respondsTo loops (all via {@link CatalogueCheck}), and the corpus covers what it
 * promises. {@link #printsCoverage()} prints the table the README shows.
 */
class SeedCatalogueTest {

    private static Catalogue catalogue;
    private static CatalogueCheck.Verified verified;

    @BeforeAll
    static void load() {
        SeedSource source = SeedSource.of(Optional.of(Path.of("seeds")));
        catalogue = source.catalogue();
        verified = CatalogueCheck.verify(catalogue, source.texts(catalogue));
    }

    @Test
    void everyCitationIsExactlyItsSpan() {
        for (PositionEntry position : catalogue.positions()) {
            for (int i = 0; i < position.citations().size(); i++) {
                CitationEntry given = position.citations().get(i);
                var anchor = verified.anchors().get(position.id()).get(i);
                String text = verified.texts().get(given.document());
                String span = text.substring(text.offsetByCodePoints(0, anchor.start()),
                        text.offsetByCodePoints(0, anchor.end()));
                assertEquals(given.quote(), span, position.id());
                assertEquals(given.start(), anchor.start(), position.id() + " states its offsets");
            }
        }
    }

    @Test
    void citesEveryDocumentAndEachStatementFromEveryDocumentReportingIt() {
        Set<String> cited = catalogue.positions().stream().flatMap(p -> p.citations().stream())
                .map(CitationEntry::document).collect(Collectors.toSet());
        assertEquals(catalogue.documents().stream().map(Catalogue.DocumentEntry::id).collect(Collectors.toSet()),
                cited);
        for (PositionEntry position : catalogue.positions()) {
            long documents = position.citations().stream().map(CitationEntry::document).distinct().count();
            assertEquals(position.citations().size(), documents, position.id() + " cites one document twice");
        }
        assertTrue(catalogue.positions().stream().filter(p -> p.citations().size() > 1).count() >= 10,
                "statements reported by several articles cite each of them");
    }

    @Test
    void quotesAreStatementsNotFragments() {
        for (PositionEntry position : catalogue.positions()) {
            for (CitationEntry citation : position.citations()) {
                assertTrue(citation.quote().trim().split("\\s+").length >= 5, position.id() + ": " + citation.quote());
            }
        }
    }

    @Test
    void speakersSpeakForTheirOwnParty() {
        Map<String, String> partyOf = catalogue.parties().stream().flatMap(p -> p.representatives().stream()
                .map(r -> Map.entry(r.id(), p.id()))).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        for (PositionEntry position : catalogue.positions()) {
            if (position.speaker() != null) {
                assertEquals(position.party(), partyOf.get(position.speaker()), position.id());
            }
        }
    }

    @Test
    void aRussianDemandIsAnsweredByTheUsOrNatoOnEachTopicOfTheTalks() {
        Map<String, PositionEntry> byId = catalogue.positions().stream()
                .collect(Collectors.toMap(PositionEntry::id, Function.identity()));
        for (String topic : List.of("nato-expansion", "missile-deployments", "military-exercises", "sanctions")) {
            boolean answered = catalogue.positions().stream()
                    .filter(p -> Set.of("united-states", "nato").contains(p.party()) && p.respondsTo() != null)
                    .anyMatch(p -> {
                        PositionEntry demand = byId.get(p.respondsTo());
                        return demand.party().equals("russia") && demand.kind() == PositionKind.DEMAND
                                && (demand.topic().equals(topic) || p.topic().equals(topic));
                    });
            assertTrue(answered, topic);
        }
        assertTrue(catalogue.positions().stream().anyMatch(p -> p.party().equals("ukraine")));
        assertTrue(catalogue.positions().size() >= 30, "several dozen positions");
    }

    @Test
    void partiesCarryTheAliasesTheArticlesUse() {
        Map<String, PartyEntry> parties = catalogue.parties().stream()
                .collect(Collectors.toMap(PartyEntry::id, Function.identity()));
        assertTrue(parties.get("united-states").aliases().containsAll(List.of("Washington", "the White House")));
        assertTrue(parties.get("russia").aliases().containsAll(List.of("Moscow", "the Kremlin")));
        assertTrue(parties.get("ukraine").aliases().contains("Kyiv"));
        assertTrue(parties.get("nato").aliases().contains("the alliance"));
        String corpus = String.join("\n", verified.texts().values()).toLowerCase(Locale.ROOT);
        for (PartyEntry party : catalogue.parties()) {
            for (String alias : party.aliases()) {
                assertTrue(corpus.contains(alias.toLowerCase(Locale.ROOT)),
                        party.id() + " alias not in the texts: " + alias);
            }
        }
    }

    /**
     * The figures the README's corpus section states are the catalogue's, and the table it shows is printed:
     * {@code mvn test -Dtest=SeedCatalogueTest#printsCoverage}.
     */
    @Test
    void printsCoverage() throws java.io.IOException {
        List<PositionEntry> positions = catalogue.positions();
        int citations = positions.stream().mapToInt(p -> p.citations().size()).sum();
        StringBuilder out = new StringBuilder("\nSeed catalogue coverage: ").append(positions.size())
                .append(" positions, ").append(citations).append(" citations\n");
        table(out, "Document", positions.stream().flatMap(p -> p.citations().stream()
                .map(CitationEntry::document).distinct()).toList());
        table(out, "Party", positions.stream().map(PositionEntry::party).toList());
        table(out, "Topic", positions.stream().map(PositionEntry::topic).toList());
        table(out, "Kind", positions.stream().map(p -> p.kind().name()).toList());
        System.out.println(out);

        String readme = java.nio.file.Files.readString(Path.of("README.md")).replaceAll("\\s+", " ");
        assertTrue(readme.contains(positions.size() + " positions with " + citations + " citations"),
                "README: " + positions.size() + " positions with " + citations + " citations");
        long several = positions.stream().filter(p -> p.citations().size() > 1).count();
        assertTrue(readme.contains("(" + several + " positions cite more than one)"), "README: " + several);
        Map<String, Long> byKind = positions.stream()
                .collect(Collectors.groupingBy(p -> p.kind().name(), Collectors.counting()));
        byKind.forEach((kind, count) -> assertTrue(readme.contains("| " + kind + " | " + count + " |"),
                "README: " + kind + " " + count));
    }

    private static void table(StringBuilder out, String heading, List<String> values) {
        Map<String, Long> counts = new TreeMap<>(values.stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting())));
        out.append("\n| ").append(heading).append(" | Positions |\n|---|---:|\n");
        counts.forEach((key, count) -> out.append("| ").append(key).append(" | ").append(count).append(" |\n"));
    }
}
