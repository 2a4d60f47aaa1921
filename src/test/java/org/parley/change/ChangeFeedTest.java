package org.parley.change;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parley.Tokens;

@QuarkusTest
class ChangeFeedTest {

    @TestHTTPResource("/api/events")
    URI events;

    private static void createPosition(String id) {
        Tokens.editor().contentType(ContentType.JSON).body(Map.of("id", id, "party", "nato", "topic",
                "force-posture", "kind", "STATEMENT", "summary", "NATO states its posture.", "statedOn",
                "2022-01-07", "citations", List.of(Map.of("document", "000_cc02ba243d0c92c8", "quote",
                        "NATO remains committed to our bilateral approach to Russia"))))
                .when().post("/api/positions").then().statusCode(201);
    }

    @Test
    void aListenerHearsOfAWrite() throws Exception {
        HttpResponse<Stream<String>> stream = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(events).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, stream.statusCode());
        CompletableFuture<JsonNode> heard = CompletableFuture.supplyAsync(() -> stream.body()
                .filter(line -> line.startsWith("data:"))
                .map(line -> read(line.substring(5)))
                .filter(event -> event.get("id").asText().equals("test-event-position"))
                .findFirst().orElseThrow());

        createPosition("test-event-position");

        JsonNode event = heard.get(20, TimeUnit.SECONDS);
        assertEquals("CREATED", event.get("change").asText());
        assertEquals(0, event.get("version").asInt());
        stream.body().close();
    }

    @Test
    void aPollerListsTheChangesSinceAMoment() {
        Instant since = Instant.now();
        createPosition("test-polled-position");
        String etag = given().get("/api/positions/test-polled-position").then().extract().header("ETag");
        Tokens.editor().header("If-Match", etag).when().delete("/api/positions/test-polled-position")
                .then().statusCode(204);

        given().queryParam("since", since.toString()).when().get("/api/changes")
                .then().statusCode(200)
                .body("changes.findAll { it.id == 'test-polled-position' }.change",
                        equalTo(List.of("CREATED", "DELETED")))
                .body("more", equalTo(false));
        given().queryParam("since", since.toString()).queryParam("limit", 1).when().get("/api/changes")
                .then().statusCode(200).body("changes.size()", equalTo(1)).body("more", equalTo(true));
        given().when().get("/api/changes").then().statusCode(400);
        assertTrue(given().queryParam("since", Instant.now().toString()).when().get("/api/changes")
                .then().extract().jsonPath().getList("changes").isEmpty());
        given().queryParam("since", "2000-01-01T00:00:00Z").when().get("/api/changes")
                .then().body("changes.id", hasItem("ru-demand-nato-non-expansion"));
    }

    private static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
