package org.parley.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** When every database connection is taken for longer than the pool waits, a read is told to retry: 503, not 500. */
@QuarkusTest
@TestProfile(PoolExhaustedTest.TwoConnections.class)
class PoolExhaustedTest {

    public static class TwoConnections implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.max-size", "2", "quarkus.datasource.jdbc.acquisition-timeout", "1S");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aReadThatFindsNoFreeConnectionIsAskedToRetry() throws Exception {
        try (Connection one = dataSource.getConnection(); Connection two = dataSource.getConnection()) {
            given().get("/api/positions?size=5&uncached=" + UUID.randomUUID())
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "1")
                    .body("status", equalTo(503))
                    .body("detail", containsString("busy"));
        }
        given().get("/api/positions?size=5&uncached=" + UUID.randomUUID()).then().statusCode(200);
    }
}
