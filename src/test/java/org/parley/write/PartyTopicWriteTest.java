package org.parley.write;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.parley.Tokens.admin;
import static org.parley.Tokens.editor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Parties and topics are written by admins; one still referenced is deleted only with cascade. */
@QuarkusTest
class PartyTopicWriteTest {

    private static final Map<String, Object> EU = Map.of("id", "test-eu", "name", "European Union", "kind",
            "BLOC", "aliases", List.of("Brussels"), "representatives",
            List.of(Map.of("id", "test-borrell", "name", "Josep Borrell", "role", "EU foreign policy chief")));

    @Test
    void adminsCreateAndChangePartiesEditorsMayNot() {
        editor().contentType(ContentType.JSON).body(EU).when().post("/api/parties").then().statusCode(403);
        String etag = admin().contentType(ContentType.JSON).body(EU).when().post("/api/parties")
                .then().statusCode(201).body("representatives[0].id", equalTo("test-borrell"))
                .extract().header("ETag");
        admin().contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"aliases\": [\"Brussels\", \"the EU\"]}").when().patch("/api/parties/test-eu")
                .then().statusCode(200).body("aliases", equalTo(List.of("Brussels", "the EU")))
                .body("name", equalTo("European Union"));
    }

    @Test
    void aRepresentativeWhoSpeaksCannotBeRemoved() {
        String etag = given().when().get("/api/parties/ukraine").then().extract().header("ETag");
        admin().contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"representatives\": []}").when().patch("/api/parties/ukraine")
                .then().statusCode(422).body("errors[0].message", org.hamcrest.Matchers.containsString("speaker"));
    }

    @Test
    void aTopicWithPositionsIsDeletedOnlyWithCascade() {
        admin().contentType(ContentType.JSON).body(Map.of("id", "test-energy", "name", "Energy"))
                .when().post("/api/topics").then().statusCode(201);
        editor().contentType(ContentType.JSON).body(Map.of("id", "test-energy-position", "party", "russia",
                "topic", "test-energy", "kind", "WARNING", "summary", "A warning on energy.", "statedOn",
                "2022-01-09", "citations", List.of(Map.of("document", "004_cc4b65b17f3a6c20", "quote",
                        "They got it to the point where we simply had to tell them"))))
                .when().post("/api/positions").then().statusCode(201);
        String etag = given().when().get("/api/topics/test-energy").then().extract().header("ETag");
        admin().header("If-Match", etag).when().delete("/api/topics/test-energy").then().statusCode(409);
        admin().header("If-Match", etag).queryParam("cascade", true).when().delete("/api/topics/test-energy")
                .then().statusCode(204);
        given().when().get("/api/positions/test-energy-position").then().statusCode(404);
        given().when().get("/api/positions/test-energy-position/history").then().body("change", hasItem("DELETED"));
    }

    @Test
    void aPartyWithPositionsIsDeletedOnlyWithCascade() {
        admin().contentType(ContentType.JSON).body(Map.of("id", "test-belarus", "name", "Belarus", "kind", "STATE"))
                .when().post("/api/parties").then().statusCode(201);
        editor().contentType(ContentType.JSON).body(Map.of("id", "test-belarus-position", "party", "test-belarus",
                "topic", "force-posture", "kind", "STATEMENT", "summary", "Troops gather.", "statedOn",
                "2022-02-02", "citations", List.of(Map.of("document", "003_ed864e143e290726", "quote",
                        "massive accumulation of Russian troops around Ukraine from both Russia and Belarus"))))
                .when().post("/api/positions").then().statusCode(201);
        String etag = given().when().get("/api/parties/test-belarus").then().extract().header("ETag");
        admin().header("If-Match", etag).when().delete("/api/parties/test-belarus").then().statusCode(409);
        admin().header("If-Match", etag).queryParam("cascade", true).when().delete("/api/parties/test-belarus")
                .then().statusCode(204);
        given().when().get("/api/parties/test-belarus").then().statusCode(404);
        given().when().get("/api/positions/test-belarus-position").then().statusCode(404);
    }
}
