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
import org.parley.Fixtures;

@QuarkusTest
class SeedLoaderTest {

    @Inject
    SeedLoader loader;

    @Test
    void loadingTheSameCatalogueAgainChangesNothing() {
        int before = given().get("/api/positions").then().extract().path("totalItems");
        long version = ((Number) given().get("/api/positions/ru-demand-nato-non-expansion").then().extract()
                .path("version")).longValue();

        loader.load(SeedSource.of(Optional.empty()));
        String summary = loader.load(SeedSource.of(Optional.empty()));

        assertTrue(summary.contains("(0 created, 0 updated, the whole catalogue as at its last load)"), summary);
        given().get("/api/positions").then().body("totalItems", equalTo(before));
        given().get("/api/positions/ru-demand-nato-non-expansion").then().body("version", equalTo((int) version));
    }

    @Test
    void aChangedEntryUpdatesJustTheRecordItOwns(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
        copySeeds(folder);
        Path catalogue = folder.resolve(SeedSource.CATALOGUE);
        String original = Files.readString(catalogue);
        String id = Fixtures.unique("seeded-topic");
        Files.writeString(catalogue, withTopic(original, id, "First name"));
        String created = loader.load(SeedSource.of(Optional.of(folder)));
        assertTrue(created.contains("(1 created, 0 updated, "), created);
        int version = given().get("/api/topics/" + id).then().statusCode(200).body("name", equalTo("First name"))
                .extract().path("version");

        Files.writeString(catalogue, withTopic(original, id, "Second name"));
        String result = loader.load(SeedSource.of(Optional.of(folder)));

        assertTrue(result.contains("(0 created, 1 updated, "), result);
        given().get("/api/topics/" + id).then()
                .body("name", equalTo("Second name"))
                .body("version", equalTo(version + 1));
    }

    /** The catalogue with one more topic, at the end of the topics list. */
    private static String withTopic(String catalogue, String id, String name) {
        int topicsEnd = catalogue.indexOf("\npositions:") + 1;
        return catalogue.substring(0, topicsEnd) + "  - id: " + id + "\n    name: \"" + name + "\"\n"
                + catalogue.substring(topicsEnd);
    }

    private static void copySeeds(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
    }
}
