package org.parley.suggest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * How well suggestions match what a person catalogued, with the catalogue's positions unseen by the suggester
 * (it is given parties and topics only, so nothing can corroborate): on the five seed articles, and on articles
 * written for this check and kept out of any tuning (src/test/resources/suggest-holdout*: trade, climate and Nile dam
 * talks; their expected positions were written before the suggester was run on them). Each run prints, per expected
 * position not found in full, why (no suggestion, party wrong, topic or kind wrong). The floors are what the
 * suggester reaches today, rounded down: they catch a regression, they are not the targets (README).
 * Add -Dparley.quality.verbose=true to list what was missed and what was suggested wrongly.
 */
class SuggestionQualityTest {

    private static final boolean VERBOSE = Boolean.getBoolean("parley.quality.verbose");

    @Test
    void seeds() throws Exception {
        QualityCheck.Score score = QualityCheck.score("seeds (5 articles)", Path.of("seeds"),
                QualityCheck.read(Path.of("seeds/catalogue.yaml")), VERBOSE);
        System.out.println(score.line());
        assertTrue(score.recallParty() >= SEEDS_PARTY && score.recallAll() >= SEEDS_ALL
                && score.precision() >= SEEDS_PRECISION, score.line());
    }

    @Test
    void unseenArticles() throws Exception {
        check("unseen: trade (2 articles)", "src/test/resources/suggest-holdout", HOLDOUT_PARTY, HOLDOUT_ALL,
                HOLDOUT_PRECISION);
    }

    @Test
    void unseenClimateTalks() throws Exception {
        check("unseen: climate (2 articles)", "src/test/resources/suggest-holdout-climate", CLIMATE_PARTY,
                CLIMATE_ALL, CLIMATE_PRECISION);
    }

    @Test
    void unseenNileTalks() throws Exception {
        check("unseen: Nile (1 article)", "src/test/resources/suggest-holdout-nile", NILE_PARTY, NILE_ALL,
                NILE_PRECISION);
    }

    private static void check(String corpus, String directory, double party, double all, double precision)
            throws Exception {
        Path dir = Path.of(directory);
        QualityCheck.Score score = QualityCheck.score(corpus, dir, QualityCheck.read(dir.resolve("catalogue.yaml")),
                VERBOSE);
        System.out.println(score.line());
        assertTrue(score.recallParty() >= party && score.recallAll() >= all && score.precision() >= precision,
                score.line());
    }

    private static final double SEEDS_PARTY = 0.96;
    private static final double SEEDS_ALL = 0.60;
    private static final double SEEDS_PRECISION = 0.64;
    private static final double HOLDOUT_PARTY = 0.90;
    private static final double HOLDOUT_ALL = 0.72;
    private static final double HOLDOUT_PRECISION = 0.82;
    private static final double CLIMATE_PARTY = 0.94;
    private static final double CLIMATE_ALL = 0.66;
    private static final double CLIMATE_PRECISION = 0.80;
    private static final double NILE_PARTY = 1.0;
    private static final double NILE_ALL = 1.0;
    private static final double NILE_PRECISION = 0.59;
}
