package org.parley.cache;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parley.Tokens;

/**
 * With reads for authenticated clients only (PARLEY_READ_POLICY=authenticated), a read kept in memory for one client
 * is still refused to a client without a token: the early path serves only what the authorization filters let by.
 */
@QuarkusTest
@TestProfile(AuthenticatedReadsTest.Authenticated.class)
class AuthenticatedReadsTest {

    public static class Authenticated implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // One process, so that kept reads are served early on PostgreSQL too (see EarlyCachedReadsTest).
            return Map.of("quarkus.http.auth.permission.reads.policy", "authenticated",
                    "parley.cache.shared-database", "false");
        }
    }

    @Test
    void aKeptReadIsRefusedWithoutAToken() {
        String path = "/api/positions/ru-demand-nato-non-expansion?kept=" + UUID.randomUUID();
        long before = RestRequests.COUNT.get();
        Tokens.as("reader", "reader").get(path).then().statusCode(200);
        Tokens.as("reader", "reader").get(path).then().statusCode(200);
        assertEquals(before + 1, RestRequests.COUNT.get(), "the second read was served from memory, early");
        given().get(path).then().statusCode(401);
        given().header("Authorization", "Bearer not-a-token").get(path).then().statusCode(401);
        Tokens.as("reader", "reader").get(path).then().statusCode(200);
    }
}
