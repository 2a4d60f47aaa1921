package org.parley.seed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SeedLoaderTest {

    @Inject
    SeedLoader loader;

    @Test
    void loadingTheSameCatalogueAgainChangesNothing() {
        int before = given().get("/api/positions").then().extract().path("totalItems");
        long version = ((Number) given().get("/api/positions/ru-demand-nato-non-expansion").then().extract()
                .path("version")).longValue();

        String summary = loader.load(SeedSource.of(Optional.empty()));

        assertTrue(summary.contains("(0 created, 0 updated, "), summary);
        given().get("/api/positions").then().body("totalItems", equalTo(before));
        given().get("/api/positions/ru-demand-nato-non-expansion").then().body("version", equalTo((int) version));
    }

    @Test
    void aChangedEntryUpdatesJustTheRecordItOwns(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
        copySeeds(folder);
        Path catalogue = folder.resolve(SeedSource.CATALOGUE);
        String original = Files.readString(catalogue);
        String summary = "Russia demands a written guarantee that NATO will not enlarge eastward.";
        int at = original.indexOf("  - id: ru-demand-nato-non-expansion");
        int line = original.indexOf("    summary: ", at);
        int endOfLine = original.indexOf('\n', line);
        Files.writeString(catalogue, original.substring(0, line) + "    summary: \"" + summary + "\""
                + original.substring(endOfLine));
        int version = given().get("/api/positions/ru-demand-nato-non-expansion").then().extract().path("version");
        try {
            String result = loader.load(SeedSource.of(Optional.of(folder)));

            assertTrue(result.contains("(0 created, 1 updated, "), result);
            given().get("/api/positions/ru-demand-nato-non-expansion").then()
                    .body("summary", equalTo(summary))
                    .body("version", equalTo(version + 1));
        } finally {
            loader.load(SeedSource.of(Optional.empty()));
        }
        given().get("/api/positions/ru-demand-nato-non-expansion").then().body("version", equalTo(version + 2));
    }

    private static void copySeeds(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
    }
}
