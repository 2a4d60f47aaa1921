package org.parley.suggest;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Prints how long suggestions take for an article of 10,000 words (the seed articles' words, repeated up to 10,000), after a warm-up:
 * mvn -B -q test -Dtest=SuggestionBenchmark -Dparley.bench=true -Dsurefire.failIfNoSpecifiedTests=false
 * A measurement, not an assertion: timings depend on the machine.
 */
@EnabledIfSystemProperty(named = "parley.bench", matches = "true")
class SuggestionBenchmark {

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2] + " ";
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown ";
        }
    }

    @Test
    void tenThousandWords() throws Exception {
        StringBuilder seeds = new StringBuilder();
        try (var files = Files.list(Path.of("seeds"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                seeds.append(Files.readString(p, StandardCharsets.UTF_8)).append("\n\n");
            }
        }
        StringBuilder article = new StringBuilder();
        String[] seedWords = seeds.toString().split("(?<=\\s)(?=\\S)");
        for (int i = 0; i < 10_000; i++) {
            article.append(seedWords[i % seedWords.length]);
        }
        String text = article.toString();
        String loadBefore = loadAverage();
        int words = text.split("\\s+").length;
        Suggester suggester = QualityCheck.suggester(QualityCheck.read(Path.of("seeds/catalogue.yaml")));
        long loadStart = System.nanoTime();
        suggester.suggest("Warm-up: Russia said it wants talks.");
        long load = System.nanoTime() - loadStart;
        for (int i = 0; i < 3; i++) {
            suggester.suggest(text);
        }
        List<Long> runs = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int found = 0;
        for (int i = 0; i < 10; i++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            found = suggester.suggest(text).size();
            cpu.add(threads.getCurrentThreadCpuTime() - cpuStart);
            runs.add(System.nanoTime() - start);
        }
        long[] ms = runs.stream().mapToLong(n -> n / 1_000_000).sorted().toArray();
        long[] cpuMs = cpu.stream().mapToLong(n -> n / 1_000_000).sorted().toArray();
        System.out.printf("Suggestions for %d words (%d code points): %d found; first call with model loading %d ms;"
                + " 10 runs after warm-up: best %d ms, median %d ms, max %d ms, all %s%n", words,
                text.codePointCount(0, text.length()), found, load / 1_000_000, ms[0], ms[ms.length / 2],
                ms[ms.length - 1], Arrays.toString(ms));
        // On a shared machine the wall clock counts waiting for a core; the thread's CPU time does not.
        System.out.printf("CPU time of the suggesting thread: best %d ms, median %d ms, max %d ms%n", cpuMs[0],
                cpuMs[cpuMs.length / 2], cpuMs[cpuMs.length - 1]);
        System.out.printf("Machine: %d processors, load average %s(1, 5, 15 min, before: %s)%n",
                Runtime.getRuntime().availableProcessors(), loadAverage(), loadBefore);
    }
}
