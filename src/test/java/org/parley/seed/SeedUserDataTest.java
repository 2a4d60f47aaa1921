package org.parley.seed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.Tokens.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue is a first load: a record a user deleted or edited stays so, a record nobody touched follows a
 * changed entry, and an entry that conflicts with users' data is skipped and reported, not fatal.
 */
@QuarkusTest
class SeedUserDataTest {

    @Inject
    SeedLoader loader;

    @Inject
    SeedState state;

    @Test
    void usersDeletesAndEditsStickAndUntouchedRecordsFollowTheCatalogue(@TempDir Path folder) throws IOException {
        String s = UUID.randomUUID().toString().substring(0, 8);
        String deleted = "seeded-deleted-" + s;
        String edited = "seeded-edited-" + s;
        String untouched = "seeded-untouched-" + s;
        String reused = "seeded-reused-" + s;
        Path catalogue = copySeeds(folder);
        String original = Files.readString(catalogue);
        write(catalogue, original, topics("first", deleted, edited, untouched, reused)
                + party("party-" + s, "rep-" + s));
        loader.load(SeedSource.of(Optional.of(folder)));
        for (String id : new String[] {deleted, edited, untouched, reused}) {
            given().get("/api/topics/" + id).then().statusCode(200).body("name", equalTo("first " + id));
        }

        delete("/api/topics/" + deleted);
        admin().contentType("application/merge-patch+json").header("If-Match", etag("/api/topics/" + edited))
                .body("{\"name\": \"a user's name\"}").when().patch("/api/topics/" + edited).then().statusCode(200);
        delete("/api/topics/" + reused);
        admin().contentType(ContentType.JSON).body("{\"id\": \"" + reused + "\", \"name\": \"a user's topic\"}")
                .when().post("/api/topics").then().statusCode(201);
        admin().contentType(ContentType.JSON).body("{\"id\": \"user-party-" + s + "\", \"name\": \"Taker\","
                + " \"kind\": \"STATE\", \"representatives\": [{\"id\": \"taken-" + s + "\", \"name\": \"T\"}]}")
                .when().post("/api/parties").then().statusCode(201);

        write(catalogue, original, topics("second", deleted, edited, untouched, reused)
                + party("party-" + s, "rep-" + s) + party("new-party-" + s, "taken-" + s));
        String summary = loader.load(SeedSource.of(Optional.of(folder)));

        given().get("/api/topics/" + deleted).then().statusCode(404);
        given().get("/api/topics/" + edited).then().statusCode(200).body("name", equalTo("a user's name"));
        given().get("/api/topics/" + reused).then().statusCode(200).body("name", equalTo("a user's topic"));
        given().get("/api/topics/" + untouched).then().statusCode(200).body("name", equalTo("second " + untouched));
        given().get("/api/parties/new-party-" + s).then().statusCode(404);
        assertTrue(state.conflicts().stream().anyMatch(c -> c.contains("new-party-" + s)
                && c.contains("taken-" + s)), state.conflicts().toString());
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'seeds' }.data.conflicts", equalTo(1))
                .body("checks.find { it.name == 'seeds' }.status", equalTo("UP"));
        loader.load(SeedSource.of(Optional.empty()));
        given().get("/api/topics?size=100").then().body("items.id", hasItem(untouched));
    }

    private static String topics(String name, String... ids) {
        StringBuilder yaml = new StringBuilder();
        for (String id : ids) {
            yaml.append("  - id: ").append(id).append("\n    name: \"").append(name).append(' ').append(id)
                    .append("\"\n");
        }
        return yaml.toString();
    }

    private static String party(String id, String representative) {
        return "  - id: " + id + "\n    name: \"Seeded " + id + "\"\n    kind: STATE\n    representatives:\n"
                + "      - id: " + representative + "\n        name: \"R\"\n";
    }

    /** Topics and parties are written at the end of the topics list, where parties are also accepted in order. */
    private static void write(Path catalogue, String original, String entries) throws IOException {
        int topicsEnd = original.indexOf("\npositions:");
        int partiesEnd = original.indexOf("\ntopics:");
        String topics = entries.substring(0, entries.indexOf("  - id: party-"));
        String parties = entries.substring(entries.indexOf("  - id: party-"));
        Files.writeString(catalogue, original.substring(0, partiesEnd + 1) + parties
                + original.substring(partiesEnd + 1, topicsEnd + 1) + topics + original.substring(topicsEnd + 1));
    }

    private static void delete(String path) {
        admin().header("If-Match", etag(path)).when().delete(path + "?cascade=true").then().statusCode(204);
    }

    private static String etag(String path) {
        return given().get(path).then().statusCode(200).extract().header("ETag");
    }

    private static Path copySeeds(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        return folder.resolve(SeedSource.CATALOGUE);
    }
}
