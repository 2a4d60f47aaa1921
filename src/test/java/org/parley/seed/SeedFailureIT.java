package org.parley.seed;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.PackagedService;

/** The packaged service refuses to start on a catalogue whose citation does not match, and says why. */
class SeedFailureIT {

    @Test
    void doesNotStartWithAMismatchedCitation(@TempDir Path folder) throws IOException, InterruptedException {
        Files.writeString(folder.resolve("doc.txt"), "Moscow demands guarantees.");
        Files.writeString(folder.resolve(SeedSource.CATALOGUE), """
                documents:
                  - id: doc
                    title: A document
                parties:
                  - {id: russia, name: Russia, kind: STATE}
                topics:
                  - {id: guarantees, name: Guarantees}
                positions:
                  - id: broken
                    party: russia
                    topic: guarantees
                    kind: DEMAND
                    summary: Russia demands guarantees.
                    statedOn: 2022-01-10
                    citations:
                      - {document: doc, quote: "Moscow demands", start: 1, end: 15}
                """);
        PackagedService service = new PackagedService(folder, "seeds", Map.of("PARLEY_SEEDS_PATH", folder.toString()))
                .fresh().start();
        boolean exited = service.process().waitFor(90, TimeUnit.SECONDS);
        service.process().destroyForcibly();
        String output = service.output();
        assertTrue(exited, "the service kept running: " + output);
        assertNotEquals(0, service.process().exitValue(), output);
        assertTrue(output.contains("Position 'broken', citation 1: Citation does not match document 'doc' at [1, 15):"
                + " the quote is \"Moscow demands\" but the text there is \"oscow demands \"."), output);
    }
}
