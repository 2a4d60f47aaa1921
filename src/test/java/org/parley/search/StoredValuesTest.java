package org.parley.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;
import org.parley.document.DocumentViews.DocumentRef;
import org.parley.position.StoredPosition;
import org.parley.position.StoredPosition.StoredCitation;
import org.parley.race.PropertyPlans;

/** What the index stores of a position or a document reads back equal, whatever its text, dates and missing parts. */
class StoredValuesTest {

    /** Unicode text: any code point but the surrogates, which the API refuses unpaired. */
    private static final Arbitrary<String> TEXT = Arbitraries.integers().between(0, 0x10FFFF)
            .filter(cp -> cp < 0xD800 || cp > 0xDFFF).list().ofMaxSize(40)
            .map(cps -> cps.stream().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                    .toString());
    private static final Arbitrary<Instant> INSTANT = Combinators.combine(
            Arbitraries.longs().between(-62_000_000_000L, 250_000_000_000L),
            Arbitraries.integers().between(0, 999_999_999)).as(Instant::ofEpochSecond);
    private static final Arbitrary<LocalDate> DATE = Arbitraries.longs().between(-700_000, 2_900_000)
            .map(LocalDate::ofEpochDay);
    private static final Arbitrary<Integer> OFFSET = Arbitraries.integers().between(0, Integer.MAX_VALUE);

    private static final Arbitrary<StoredCitation> CITATION = Combinators.combine(
            Arbitraries.longs().greaterOrEqual(0), TEXT, TEXT, OFFSET, OFFSET, TEXT, TEXT,
            Arbitraries.integers().between(1, 1000)).as((id, document, quote, start, end, prefix, suffix, revision) ->
                    new Object[] {id, document, quote, start, end, prefix, suffix, revision})
            .flatMap(c -> Combinators.combine(Arbitraries.of("EXACT", "MOVED", "FUZZY", "ORPHANED"),
                    Arbitraries.doubles().between(0, 1), TEXT.injectNull(0.5), OFFSET, OFFSET)
                    .as((status, score, previous, previousStart, previousEnd) -> new StoredCitation((Long) c[0],
                            (String) c[1], (String) c[2], (Integer) c[3], (Integer) c[4], (String) c[5], (String) c[6],
                            (Integer) c[7], status, score, previous == null ? null : previousStart,
                            previous == null ? null : previousEnd, previous)));
    private static final Arbitrary<StoredPosition> POSITION = Combinators.combine(TEXT, TEXT, TEXT, DATE,
            Arbitraries.longs().greaterOrEqual(0), INSTANT, INSTANT, TEXT).as((id, kind, summary, statedOn, version,
                    createdAt, updatedAt, party) -> new Object[] {id, kind, summary, statedOn, version, createdAt,
                    updatedAt, party})
            .flatMap(p -> Combinators.combine(TEXT, TEXT.injectNull(0.5), TEXT.injectNull(0.5),
                    CITATION.list().ofMaxSize(4)).as((topic, speaker, respondsTo, citations) -> new StoredPosition(
                    (String) p[0], (String) p[1], (String) p[2], (LocalDate) p[3], (Long) p[4], (Instant) p[5],
                    (Instant) p[6], (String) p[7], topic, speaker, respondsTo, citations)));
    private static final Arbitrary<DocumentRef> DOCUMENT = Combinators.combine(TEXT, TEXT, TEXT.injectNull(0.5),
            TEXT.injectNull(0.5), DATE.injectNull(0.5)).as(DocumentRef::new);

    @Test
    void positionsReadBackEqual() {
        List<StoredPosition> positions = PropertyPlans.draw(POSITION, 100, 17, 500);
        for (StoredPosition position : positions) {
            assertEquals(position, StoredValues.position(StoredValues.of(position)));
        }
    }

    @Test
    void documentReferencesReadBackEqual() {
        for (DocumentRef document : PropertyPlans.draw(DOCUMENT, 100, 23, 500)) {
            assertEquals(document, StoredValues.document(StoredValues.of(document)));
        }
    }
}
