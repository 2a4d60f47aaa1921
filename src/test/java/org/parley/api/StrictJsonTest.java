package org.parley.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.Tokens.admin;
import static org.parley.Tokens.editor;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parley.Tokens;

/** A body that is not exactly the JSON the contract describes is refused, and nothing is stored. */
@QuarkusTest
class StrictJsonTest {

    @TestHTTPResource("/api/parties")
    URI parties;

    static String position(String id, String statedOn, String kind, String summary, String start) {
        return """
                {"id": "%s", "party": "united-states", "topic": "sanctions", "kind": %s, "summary": %s,
                 "statedOn": %s, "citations": [{"document": "001_949e2e32b0da38f4", "start": %s,
                 "quote": "would hit Russia hard with economic sanctions should it attack Ukraine"}]}
                """.formatted(id, kind, summary, statedOn, start);
    }

    static String id() {
        return "strict-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aValidPositionIsStoredSoTheRefusalsBelowAreAboutTheirOneFlaw() {
        String id = id();
        editor().contentType(ContentType.JSON).body(position(id, "\"2022-01-08\"", "\"WARNING\"", "\"s\"", "null"))
                .when().post("/api/positions").then().statusCode(201);
    }

    @Test
    void looseValuesAre400AndStoreNothing() {
        String[][] cases = {
            {"\"2022-01-08\"", "\"WARNING\"", "\"s\"", "null", "} garbage"},
            {"20220101", "\"WARNING\"", "\"s\"", "null", ""},
            {"[2022,1,10]", "\"WARNING\"", "\"s\"", "null", ""},
            {"\"2022-01-08T10:00:00Z\"", "\"WARNING\"", "\"s\"", "null", ""},
            {"\"2022-01-08T10:00:00\"", "\"WARNING\"", "\"s\"", "null", ""},
            {"\"+10000-01-08\"", "\"WARNING\"", "\"s\"", "null", ""},
            {"\"2022-01-08\"", "0", "\"s\"", "null", ""},
            {"\"2022-01-08\"", "\"WARNING\"", "true", "null", ""},
            {"\"2022-01-08\"", "\"WARNING\"", "12", "null", ""},
            {"\"2022-01-08\"", "\"WARNING\"", "\"s\"", "8.5", ""},
            {"\"2022-01-08\"", "\"WARNING\"", "\"s\"", "\"8\"", ""},
            {"\"2022-01-08\"", "\"WARNING\"", "\"lone \\ud800 surrogate\"", "null", ""},
        };
        for (String[] c : cases) {
            String id = id();
            String body = position(id, c[0], c[1], c[2], c[3]) + c[4];
            Response response = editor().contentType(ContentType.JSON).body(body).when().post("/api/positions");
            assertEquals(400, response.statusCode(), body);
            assertEquals("application/problem+json", response.contentType(), body);
            given().when().get("/api/positions/" + id).then().statusCode(404);
        }
    }

    @Test
    void twoTextsThatDifferOnlyInLoneSurrogatesAreNotOneDocument() {
        for (String surrogate : new String[] {"\\ud800", "\\udfff"}) {
            editor().contentType(ContentType.JSON)
                    .body("{\"title\": \"T\", \"text\": \"text " + surrogate + " " + id() + "\"}")
                    .when().post("/api/documents")
                    .then().statusCode(400).body("detail", containsString("surrogate"));
        }
        editor().contentType(ContentType.JSON).body("{\"title\": \"T\", \"text\": \"paired \\ud83d\\ude00 " + id()
                + "\"}").when().post("/api/documents").then().statusCode(201);
    }

    @Test
    void aBodyWithoutContentTypeIs415() throws Exception {
        String id = id();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(parties)
                .header("Authorization", "Bearer " + Tokens.token("ada", "admin"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"id\": \"" + id + "\", \"name\": \"N\", \"kind\": \"STATE\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(415, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        given().when().get("/api/parties/" + id).then().statusCode(404);
    }

    @Test
    void anEnumGivenAsItsIndexIs400() {
        admin().contentType(ContentType.JSON).body("{\"id\": \"" + id() + "\", \"name\": \"N\", \"kind\": 0}")
                .when().post("/api/parties").then().statusCode(400).body("status", is(400));
    }
}
