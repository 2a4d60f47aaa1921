package org.parley.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.Tokens.editor;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Odd but well-formed query input gets a 2xx or a 4xx problem, never a 500. */
@QuarkusTest
class OddInputTest {

    @TestHTTPResource("/api/events")
    URI events;

    static final String[] LISTS = {"/api/parties", "/api/topics", "/api/documents", "/api/positions",
        "/api/demands", "/api/responses", "/api/annotations", "/api/timeline", "/api/parties/russia/positions",
        "/api/topics/sanctions/positions", "/api/documents/001_949e2e32b0da38f4/positions"};

    @Test
    void aPageWhoseFirstItemIsPastTwoToThe31IsABadParameterOnEveryList() {
        for (String list : LISTS) {
            given().queryParam("page", 10737420).queryParam("size", 200).when().get(list)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("page"));
        }
        given().queryParam("page", 10737420).queryParam("size", 200)
                .queryParam("asOf", Instant.now().toString()).when().get("/api/positions")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theLastPageThatFitsIsEmptyNotAnError() {
        given().queryParam("page", Integer.MAX_VALUE / 200).queryParam("size", 200).when().get("/api/positions")
                .then().statusCode(200).body("items.size()", is(0));
    }

    @Test
    void anEmptyAcceptHeaderMeansAnything() {
        for (String path : new String[] {"/api/positions", "/api/parties/russia", "/api/stats", "/api/changes?since=2022-01-01T00:00:00Z"}) {
            given().header("Accept", "").when().get(path).then().statusCode(200);
        }
    }

    @Test
    void anyApplicationTypeMeansJson() {
        for (String path : new String[] {"/api/positions?size=1", "/api/responses?size=1", "/api/annotations?size=1",
            "/api/parties/russia"}) {
            given().header("Accept", "application/*").when().get(path).then().statusCode(200)
                    .contentType(startsWith("application/json"));
        }
    }

    @Test
    void aNulCharacterIsRefusedWherePostgresqlWouldFail() {
        for (String path : new String[] {"/api/positions/%00", "/api/parties/%00/positions",
            "/api/documents/a%00b/text", "/api/positions?speaker=%00", "/api/search?q=nato%00"}) {
            given().urlEncodingEnabled(false).when().get(path).then().statusCode(400)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void headOnTheEventStreamEnds() throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(events)
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(200, response.statusCode());
        assertEquals("text/event-stream", response.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void everyResponseSaysNosniff() {
        for (String path : new String[] {"/api/positions", "/api/positions/no-such-position", "/q/openapi",
            "/no/such/route", "/api/positions?page=0"}) {
            given().when().get(path).then().header("X-Content-Type-Options", equalTo("nosniff"));
        }
    }

    @Test
    void anUnparseableAcceptIs400AndAnUnparseableContentTypeIs415() {
        given().header("Accept", "text/;;;,").when().get("/api/positions")
                .then().statusCode(400).contentType("application/problem+json");
        editor().header("Content-Type", "/json").body("{}".getBytes(StandardCharsets.UTF_8)).when().post("/api/parties")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void instantsAndDatesOutsideYears1To9999AreBadParameters() {
        for (String asOf : new String[] {"+1000000000-01-01T00:00:00Z", "+10000-01-01T00:00:00Z",
            "-0001-01-01T00:00:00Z"}) {
            given().queryParam("asOf", asOf).when().get("/api/positions")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("detail", containsString("year"));
        }
        given().queryParam("from", "+10000-01-01").when().get("/api/positions")
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("asOf", "9999-12-31T23:59:59Z").when().get("/api/positions").then().statusCode(200);
    }

    @Test
    void aPastPageWhereNoPositionNamesASpeakerIsListed() {
        String word = "nospeaker" + UUID.randomUUID().toString().replace("-", "");
        editor().contentType(ContentType.JSON).body("""
                {"party": "united-states", "topic": "sanctions", "kind": "WARNING",
                 "summary": "A warning %s", "statedOn": "2022-01-08",
                 "citations": [{"document": "001_949e2e32b0da38f4",
                                "quote": "would hit Russia hard with economic sanctions should it attack Ukraine"}]}
                """.formatted(word)).when().post("/api/positions").then().statusCode(lessThan(300));
        given().queryParam("q", word).queryParam("asOf", Instant.now().plusSeconds(60).toString())
                .when().get("/api/positions")
                .then().statusCode(200).body("items.size()", is(1)).body("items[0].speaker", nullValue())
                .body("items.summary", hasItem(containsString(word)));
    }
}
