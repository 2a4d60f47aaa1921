package org.parley.citation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.parley.document.AnchorStatus;
import org.parley.document.CodePoints;

/**
 * Re-anchors 1,000 citations into a revision of a 50,000-word text and prints how long it takes. A measurement, not
 * a test: it asserts nothing about time. Run it with
 * {@code mvn -B -q test -Dtest=ReanchoringBenchmark -Dparley.bench=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "parley.bench", matches = "true")
class ReanchoringBenchmark {

    private static final int WORDS = 50_000;
    private static final int CITATIONS = 1_000;
    private static final int RUNS = 7;

    @Test
    void reanchorsAThousandCitationsIntoAFiftyThousandWordRevision() {
        Random random = new Random(16);
        List<String> vocabulary = new ArrayList<>();
        for (int i = 0; i < 8_000; i++) {
            vocabulary.add(word(random));
        }
        String text = article(random, vocabulary);
        List<Anchor> citations = citations(random, text);
        String revision = revise(random, text, vocabulary);
        double threshold = Double.parseDouble(Reanchoring.DEFAULT_THRESHOLD);
        System.out.printf("text: %,d words, %,d code points; revision: %,d code points; %,d citations%n", WORDS,
                CodePoints.length(text), CodePoints.length(revision), citations.size());
        List<Long> diffs = new ArrayList<>();
        List<Long> totals = new ArrayList<>();
        Map<AnchorStatus, Integer> statuses = new EnumMap<>(AnchorStatus.class);
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            Reanchoring reanchoring = Reanchoring.between(text, revision, threshold, 1.0f);
            long diffed = System.nanoTime();
            statuses.clear();
            for (Anchor citation : citations) {
                statuses.merge(reanchoring.reanchor(citation).status(), 1, Integer::sum);
            }
            long done = System.nanoTime();
            diffs.add((diffed - start) / 1_000_000);
            totals.add((done - start) / 1_000_000);
            System.out.printf("run %d: diff %d ms, diff and %,d citations %d ms (%s; %s)%n", run + 1,
                    (diffed - start) / 1_000_000, citations.size(), (done - start) / 1_000_000, statuses,
                    reanchoring.summary());
        }
        System.out.printf("median of runs 2–%d: diff %d ms, total %d ms%n", RUNS, median(diffs), median(totals));
    }

    private static long median(List<Long> values) {
        List<Long> warm = new ArrayList<>(values.subList(1, values.size()));
        warm.sort(Long::compare);
        return warm.get(warm.size() / 2);
    }

    private static String word(Random random) {
        StringBuilder word = new StringBuilder();
        int length = 2 + random.nextInt(9);
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    /** Paragraphs of 3 to 7 sentences of 8 to 24 words. */
    private static String article(Random random, List<String> vocabulary) {
        StringBuilder text = new StringBuilder();
        int words = 0;
        while (words < WORDS) {
            int sentences = 3 + random.nextInt(5);
            for (int s = 0; s < sentences && words < WORDS; s++) {
                int length = 8 + random.nextInt(17);
                for (int w = 0; w < length; w++) {
                    String word = vocabulary.get(random.nextInt(vocabulary.size()));
                    text.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                    text.append(w == length - 1 ? ". " : " ");
                }
                words += length;
            }
            text.append("\n\n");
        }
        return text.toString();
    }

    /** Spans of 4 to 20 words, starting at word boundaries. */
    private static List<Anchor> citations(Random random, String text) {
        List<Anchor> citations = new ArrayList<>();
        while (citations.size() < CITATIONS) {
            int from = text.indexOf(' ', random.nextInt(text.length() - 400)) + 1;
            int to = from;
            for (int w = 4 + random.nextInt(17); w > 0; w--) {
                to = text.indexOf(' ', to + 1);
            }
            citations.add(Anchoring.anchor("bench", text, new Anchoring.Claim(text.substring(from, to), from, null,
                    null, null)));
        }
        return citations;
    }

    /**
     * A correction: a paragraph inserted at the top, 200 words changed, 10 paragraphs deleted, and boilerplate at the
     * end.
     */
    private static String revise(Random random, String text, List<String> vocabulary) {
        String revised = "Editor's note: this article was corrected.\n\n" + text;
        for (int i = 0; i < 200; i++) {
            int at = revised.indexOf(' ', random.nextInt(revised.length() - 100)) + 1;
            int end = revised.indexOf(' ', at);
            revised = revised.substring(0, at) + vocabulary.get(random.nextInt(vocabulary.size()))
                    + revised.substring(end);
        }
        for (int i = 0; i < 10; i++) {
            int at = revised.indexOf("\n\n", random.nextInt(revised.length() - 2000)) + 2;
            int end = revised.indexOf("\n\n", at) + 2;
            revised = revised.substring(0, at) + revised.substring(end);
        }
        return revised + "Copyright 2022. All rights reserved. Read more: top stories.\n";
    }
}
