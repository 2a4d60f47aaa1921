package org.parley.cache;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.Tokens.admin;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Replicas that poll the shared database's generation instead of asking on every read: another replica's write
 * shows once polled; this replica's own write shows at once.
 */
@QuarkusTest
@TestProfile(PolledGenerationTest.Polled.class)
class PolledGenerationTest {

    public static class Polled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("parley.cache.shared-database", "true", "parley.cache.shared-check-interval", "100ms");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anotherReplicasWriteShowsOnceThePollSeesIt() throws Exception {
        given().get("/api/topics/crimea").then().statusCode(200).body("name", equalTo("Crimea"));
        // What another replica does: change the data and move the generation on, in one transaction.
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("update topic set name = 'Crimea (renamed elsewhere)' where id = 'crimea'");
            sql.executeUpdate("update data_version set generation = generation + 1 where id = 1");
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String name;
        do {
            name = given().get("/api/topics/crimea").then().statusCode(200).extract().path("name");
        } while (!name.equals("Crimea (renamed elsewhere)") && System.nanoTime() < deadline);
        assertEquals("Crimea (renamed elsewhere)", name, "the poll brings the other replica's write");
    }

    @Test
    void thisReplicasOwnWriteShowsAtOnce() {
        String path = "/api/topics/sanctions";
        String etag = given().header("Accept-Encoding", "identity").get(path).then().statusCode(200)
                .extract().header("ETag");
        for (int i = 1; i <= 20; i++) {
            String description = "Sanctions, revision " + i + ".";
            etag = admin().contentType("application/merge-patch+json").header("If-Match", etag)
                    .body("{\"description\": \"" + description + "\"}").when().patch(path)
                    .then().statusCode(200).extract().header("ETag");
            given().get(path).then().statusCode(200).body("description", equalTo(description));
        }
    }
}
