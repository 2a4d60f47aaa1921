package org.parley.write;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.parley.Tokens.admin;
import static org.parley.Tokens.as;
import static org.parley.Tokens.editor;

import io.quarkus.test.junit.QuarkusTest;
import org.parley.Tokens;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Writes need a valid bearer token with the right role; reads stay public. */
@QuarkusTest
class AuthenticationTest {

    private static final String TOPIC = "{\"id\": \"auth-test-topic\", \"name\": \"Auth test\"}";

    @Test
    void aWriteWithoutATokenIs401WithAChallenge() {
        given().contentType(ContentType.JSON).body(TOPIC).when().post("/api/topics")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401));
    }

    @Test
    void aForgedOrMalformedTokenIs401() {
        given().auth().oauth2("not-a-jwt").contentType(ContentType.JSON).body(TOPIC).when().post("/api/topics")
                .then().statusCode(401).contentType("application/problem+json");
        String token = Tokens.token("mallory", "admin");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        given().auth().oauth2(forged).contentType(ContentType.JSON).body(TOPIC).when().post("/api/topics")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aTokenWithoutTheRoleIs403() {
        editor().contentType(ContentType.JSON).body(TOPIC).when().post("/api/topics")
                .then().statusCode(403).contentType("application/problem+json");
        as("reader", "reader").contentType(ContentType.JSON).body("{}").when().post("/api/positions")
                .then().statusCode(403);
    }

    @Test
    void readsArePublicAndAnAdminMayMintTokensForEditors() {
        given().when().get("/api/topics").then().statusCode(200);
        String minted = admin().contentType(ContentType.JSON)
                .body("{\"subject\": \"erin\", \"roles\": [\"editor\"], \"lifetime\": \"PT1H\"}")
                .when().post("/api/tokens")
                .then().statusCode(201).body("roles", equalTo(List.of("editor")))
                .extract().path("token");
        given().auth().oauth2(minted).contentType(ContentType.JSON).body(TOPIC).when().post("/api/topics")
                .then().statusCode(403);
        editor().contentType(ContentType.JSON).body("{\"subject\": \"eve\", \"roles\": [\"admin\"]}")
                .when().post("/api/tokens").then().statusCode(403);
    }
}
