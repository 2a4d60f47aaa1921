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
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.Fixtures;

/**
 * Replicas that poll the shared database's generation instead of asking on every read: a kept read is served until
 * the poll sees another replica's write, then that write shows; this replica's own write shows at once.
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
    void aKeptReadIsServedUntilThePollSeesAnotherReplicasWrite() throws Exception {
        String id = Fixtures.topic();
        String path = "/api/topics/" + id;
        given().get(path).then().statusCode(200).body("name", equalTo("Topic " + id));
        // Another replica writes: the row changes first; the generation moves in the same transaction, but this
        // replica only learns of it when it polls. Until then, what it keeps is what it serves.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement rename = connection.prepareStatement("update topic set name = ? where id = ?")) {
            rename.setString(1, "Renamed elsewhere");
            rename.setString(2, id);
            assertEquals(1, rename.executeUpdate());
        }
        given().get(path).then().statusCode(200).body("name", equalTo("Topic " + id));
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("update data_version set generation = generation + 1 where id = 1");
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String name;
        do {
            name = given().get(path).then().statusCode(200).extract().path("name");
        } while (!name.equals("Renamed elsewhere") && System.nanoTime() < deadline);
        assertEquals("Renamed elsewhere", name, "the poll brings the other replica's write");
    }

    @Test
    void thisReplicasOwnWriteShowsAtOnce() {
        String path = "/api/topics/" + Fixtures.topic();
        String etag = given().header("Accept-Encoding", "identity").get(path).then().statusCode(200)
                .extract().header("ETag");
        for (int i = 1; i <= 20; i++) {
            String description = "Revision " + i + ".";
            etag = admin().contentType("application/merge-patch+json").header("If-Match", etag)
                    .body("{\"description\": \"" + description + "\"}").when().patch(path)
                    .then().statusCode(200).extract().header("ETag");
            given().get(path).then().statusCode(200).body("description", equalTo(description));
        }
    }
}
