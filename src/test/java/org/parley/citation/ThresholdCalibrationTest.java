package org.parley.citation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How the FUZZY threshold was chosen: the similarity of old and new passages for edits that keep what a quote says
 * (typos, typography, a date or a title made precise) and for rewrites that make it say something else. The default
 * lies in the gap between them; the scores are printed so that the README's table can be checked.
 */
class ThresholdCalibrationTest {

    record Pair(String before, String after) {
        double score() {
            return TextDiff.similarity(before, after);
        }
    }

    static final List<Pair> EDITS = List.of(
            new Pair("the negotations would continue next week", "the negotiations would continue next week"),
            new Pair("Ryabkov said the talks were “difficult”", "Ryabkov said the talks were \"difficult\""),
            new Pair("“We will not accept new\nmissiles in Europe,”", "\"We will not accept new missiles in Europe,\""),
            new Pair("the talks on Monday in Geneva", "the talks on Tuesday in Geneva"),
            new Pair("NATO's secretary general Jens Stoltenberg said", "NATO Secretary-General Jens Stoltenberg said"),
            new Pair("Russia has amassed 100,000 troops near the border",
                    "Russia has amassed about 100,000 troops near the border"),
            new Pair("Moscow expected writen answers within a week", "Moscow expected written answers within a week"),
            new Pair("Sherman said the U.S. was ready to discuss missiles",
                    "Sherman said the United States was ready to discuss missiles"),
            new Pair("the sanctions would be severe", "the sanctions would be swift and severe"),
            new Pair("Blinken will meet Lavrov in Geneva on Friday.",
                    "Blinken will meet Lavrov in Geneva on Friday, Jan. 21."));

    static final List<Pair> REWRITES = List.of(
            new Pair("the negotiations would continue next week in Brussels",
                    "Washington saw no reason to meet again before February"),
            new Pair("We will not accept new missiles in Europe", "Moscow may deploy new missiles near Europe"),
            new Pair("Russia has no plans to invade Ukraine", "Russia refused to rule out an invasion of Ukraine"),
            new Pair("The talks ended without a breakthrough", "The talks produced an agreement on missiles"),
            new Pair("NATO will never close its open door", "NATO may yet close its door to Ukraine"),
            new Pair("Moscow expected written answers within a week", "Moscow no longer expects any written answer"),
            new Pair("sanctions would hit Russia hard", "sanctions would hardly hurt Russia"),
            new Pair("the talks will go on", "the talks are over"));

    @Test
    void theDefaultThresholdSeparatesEditsFromRewrites() {
        double threshold = Double.parseDouble(Reanchoring.DEFAULT_THRESHOLD);
        double lowestEdit = EDITS.stream().mapToDouble(Pair::score).min().orElseThrow();
        double highestRewrite = REWRITES.stream().mapToDouble(Pair::score).max().orElseThrow();
        EDITS.forEach(p -> System.out.printf("edit     %.3f  %s%n", p.score(), p.after()));
        REWRITES.forEach(p -> System.out.printf("rewrite  %.3f  %s%n", p.score(), p.after()));
        System.out.printf("lowest edit %.3f, highest rewrite %.3f, threshold %.2f%n", lowestEdit, highestRewrite,
                threshold);
        assertTrue(lowestEdit >= threshold, "an edit that keeps the meaning would be orphaned");
        assertTrue(highestRewrite < threshold, "a rewrite would be anchored as FUZZY");
    }
}
