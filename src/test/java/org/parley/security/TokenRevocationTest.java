package org.parley.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.Tokens.admin;
import static org.parley.Tokens.editor;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A token revoked by its jti is refused from then on, here at once and through another replica soon after. */
@QuarkusTest
class TokenRevocationTest {

    @Inject
    TokenIssuer issuer;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aRevokedTokenIsRefusedAtOnceAndOthersAreNot() {
        var minted = admin().contentType(ContentType.JSON)
                .body("{\"subject\": \"revoked-erin\", \"roles\": [\"editor\"], \"lifetime\": \"PT1H\"}")
                .when().post("/api/tokens").then().statusCode(201).extract().jsonPath();
        String token = minted.getString("token");
        String jti = minted.getString("jti");
        assertEquals(404, probe(token), "a fresh token is accepted");

        admin().contentType(ContentType.JSON).body("{\"jti\": \"" + jti + "\"}")
                .when().post("/api/tokens/revocations")
                .then().statusCode(201).body("jti", equalTo(jti)).body("revokedBy", equalTo("ada"));
        assertEquals(401, probe(token), "the revoked token is refused at once");
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"id\": \"x\", \"name\": \"x\"}")
                .when().post("/api/topics")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        admin().contentType(ContentType.JSON).body("{\"jti\": \"" + jti + "\"}")
                .when().post("/api/tokens/revocations")
                .then().statusCode(200).body("jti", equalTo(jti));
        String other = issuer.issue("revoked-erin", Set.of(Roles.EDITOR), Duration.ofMinutes(5)).token();
        assertEquals(404, probe(other), "another token of the same subject still works");
    }

    @Test
    void onlyAdminsRevoke() {
        editor().contentType(ContentType.JSON).body("{\"jti\": \"anything\"}")
                .when().post("/api/tokens/revocations").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"jti\": \"anything\"}")
                .when().post("/api/tokens/revocations").then().statusCode(401);
        admin().contentType(ContentType.JSON).body("{\"jti\": \"\"}")
                .when().post("/api/tokens/revocations").then().statusCode(422).body("errors.field", hasItem("jti"));
    }

    @Test
    void aRevocationThroughAnotherReplicaCountsWithinTheCheckInterval() throws Exception {
        TokenIssuer.Token token = issuer.issue("replica-erin", Set.of(Roles.EDITOR), Duration.ofMinutes(5));
        assertEquals(404, probe(token.token()));
        // What another replica does when an admin revokes through it: one row in the shared database.
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "insert into revoked_token (jti, revoked_at, revoked_by) values (?, ?, 'elsewhere')")) {
            insert.setString(1, token.jti());
            insert.setObject(2, OffsetDateTime.now());
            insert.executeUpdate();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int status;
        do {
            status = probe(token.token());
        } while (status != 401 && System.nanoTime() < deadline);
        assertEquals(401, status, "refused once the copy of the deny list is read again");
    }

    @Test
    void subjectsArePrintableText() {
        for (String subject : new String[] {"eve\\u0000", "eve\\nadmin", "\\u202Eeve", "eve\\u0007", "a\\u2028b"}) {
            admin().contentType(ContentType.JSON)
                    .body("{\"subject\": \"" + subject + "\", \"roles\": [\"editor\"]}")
                    .when().post("/api/tokens")
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("errors.field", hasItem("subject"));
        }
        admin().contentType(ContentType.JSON)
                .body("{\"subject\": \"Zoë O'Brien-Łukasz 李\", \"roles\": [\"editor\"]}")
                .when().post("/api/tokens").then().statusCode(201).body("subject", equalTo("Zoë O'Brien-Łukasz 李"));
        // A token signed elsewhere with such a subject is refused as well.
        String forged = issuer.issue("mallory\nadmin", Set.of(Roles.EDITOR), Duration.ofMinutes(5)).token();
        assertEquals(401, probe(forged));
    }

    /** An authenticated request that changes nothing: 404 when the token is accepted, 401 when it is not. */
    private static int probe(String token) {
        return given().auth().oauth2(token).contentType("application/merge-patch+json").header("If-Match", "\"1-x\"")
                .body("{}").when().patch("/api/positions/no-such-position-for-revocation")
                .then().extract().statusCode();
    }
}
