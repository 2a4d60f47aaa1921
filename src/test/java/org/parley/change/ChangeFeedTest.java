package org.parley.change;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parley.Tokens;
import org.parley.position.PositionInput;
import org.parley.position.PositionService;

@QuarkusTest
class ChangeFeedTest {

    static final String DOCUMENT = "000_cc02ba243d0c92c8";
    static final String QUOTE = "NATO remains committed to our bilateral approach to Russia";

    @TestHTTPResource("/api/events")
    URI events;

    @Inject
    PositionService writes;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    static Map<String, Object> position(String id) {
        return Map.of("id", id, "party", "nato", "topic", "force-posture", "kind", "STATEMENT", "summary",
                "NATO states its posture.", "statedOn", "2022-01-07", "citations",
                List.of(Map.of("document", DOCUMENT, "quote", QUOTE)));
    }

    static void createPosition(String id) {
        Tokens.editor().contentType(ContentType.JSON).body(position(id)).when().post("/api/positions")
                .then().statusCode(201);
    }

    /** The cursor of the latest committed change. */
    static long head() {
        return given().queryParam("since", Instant.now().plusSeconds(3600).toString()).when().get("/api/changes")
                .then().statusCode(200).extract().jsonPath().getLong("next");
    }

    /** Creates the positions in one transaction, with every revision stamped at the given moment. */
    private void createStampedAt(Instant at, String... ids) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String id : ids) {
                writes.create(json.convertValue(position(id), PositionInput.class), "test");
            }
            em.flush();
            for (String id : ids) {
                em.createNativeQuery("update position_revision set changed_at = ?1 where position_id = ?2")
                        .setParameter(1, at).setParameter(2, id).executeUpdate();
            }
        });
    }

    /** Every change after the cursor, read limit at a time. */
    private static List<JsonPath> pages(String firstParam, Object firstValue, int limit) {
        List<JsonPath> pages = new ArrayList<>();
        JsonPath page = given().queryParam(firstParam, firstValue.toString()).queryParam("limit", limit)
                .when().get("/api/changes").then().statusCode(200).extract().jsonPath();
        pages.add(page);
        while (page.getBoolean("more")) {
            page = given().queryParam("after", page.getLong("next")).queryParam("limit", limit)
                    .when().get("/api/changes").then().statusCode(200).extract().jsonPath();
            pages.add(page);
        }
        return pages;
    }

    private static List<String> ids(List<JsonPath> pages) {
        return pages.stream().flatMap(p -> p.<String>getList("changes.id").stream()).toList();
    }

    @Test
    void aListenerHearsOfAWriteWithItsCursorAsId() throws Exception {
        String id = "test-event-" + suffix;
        try (EventStream stream = EventStream.open(events, null)) {
            assertNotNull(stream.comment(20), "the listener is set up once a heartbeat comes");
            createPosition(id);
            EventStream.Event event = stream.next(e -> e.data().get("id").asText().equals(id));
            assertEquals("CREATED", event.data().get("change").asText());
            assertEquals(0, event.data().get("version").asInt());
            assertEquals(event.data().get("cursor").asText(), event.id());
        }
    }

    @Test
    void aQuietStreamGetsHeartbeats() throws Exception {
        try (EventStream stream = EventStream.open(URI.create(events + "?after=" + head()), null)) {
            assertEquals("heartbeat", stream.comment(20));
            assertEquals("heartbeat", stream.comment(20));
        }
    }

    @Test
    void aResumingListenerGetsExactlyTheChangesItMissed() throws Exception {
        long start = head();
        String first = "test-resume-a-" + suffix;
        String second = "test-resume-b-" + suffix;
        String lastId;
        try (EventStream stream = EventStream.open(URI.create(events + "?after=" + start), null)) {
            createPosition(first);
            lastId = stream.next(e -> e.data().get("id").asText().equals(first)).id();
        }
        createPosition(second);
        String etag = given().get("/api/positions/" + second).then().extract().header("ETag");
        Tokens.editor().contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("summary", "NATO restates its posture.")).when().patch("/api/positions/" + second)
                .then().statusCode(200);
        etag = given().get("/api/positions/" + first).then().extract().header("ETag");
        Tokens.editor().header("If-Match", etag).when().delete("/api/positions/" + first).then().statusCode(204);
        JsonPath missed = given().queryParam("after", lastId).when().get("/api/changes").then().statusCode(200)
                .extract().jsonPath();
        List<String> expected = missed.getList("changes.cursor", Object.class).stream().map(String::valueOf).toList();
        assertTrue(missed.getList("changes.id").containsAll(List.of(first, second)));

        // Last-Event-ID wins over after, as a reconnecting EventSource keeps its URL.
        try (EventStream stream = EventStream.open(URI.create(events + "?after=" + start), lastId)) {
            List<String> heard = new ArrayList<>();
            for (int i = 0; i < expected.size(); i++) {
                EventStream.Event event = stream.next();
                heard.add(event.id());
                assertEquals(missed.getString("changes[" + i + "].id"), event.data().get("id").asText());
            }
            assertEquals(expected, heard);
        }
    }

    @Test
    void aChangeStampedLongBeforeItCommitsIsStillHeard() throws Exception {
        String id = "test-late-" + suffix;
        try (EventStream stream = EventStream.open(URI.create(events + "?after=" + head()), null)) {
            createStampedAt(Instant.now().minusSeconds(3600).truncatedTo(ChronoUnit.MICROS), id);
            assertEquals("CREATED", stream.next(e -> e.data().get("id").asText().equals(id)).data()
                    .get("change").asText());
        }
    }

    @Test
    void changesStampedAtTheSameMomentAreNotSplitByTheLimit() {
        long start = head();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<String> ids = List.of("test-same-a-" + suffix, "test-same-b-" + suffix, "test-same-c-" + suffix);
        createStampedAt(at, ids.toArray(String[]::new));

        List<JsonPath> byCursor = pages("after", start, 1);
        assertEquals(ids, ids(byCursor).stream().filter(ids::contains).toList());
        List<Long> cursors = byCursor.stream().flatMap(p -> p.getList("changes.cursor", Long.class).stream()).toList();
        assertEquals(cursors.stream().sorted().distinct().toList(), cursors, "each once, in cursor order");

        List<JsonPath> bySince = pages("since", at.minus(1, ChronoUnit.MICROS), 1);
        assertEquals(ids, ids(bySince).stream().filter(ids::contains).toList());
    }

    @Test
    void aPollerListsTheChangesSinceAMomentOrAfterACursor() {
        String id = "test-polled-" + suffix;
        Instant since = Instant.now();
        long start = head();
        createPosition(id);
        String etag = given().get("/api/positions/" + id).then().extract().header("ETag");
        Tokens.editor().header("If-Match", etag).when().delete("/api/positions/" + id).then().statusCode(204);

        for (Map.Entry<String, Object> from : Map.<String, Object>of("since", since.toString(), "after", start)
                .entrySet()) {
            given().queryParam(from.getKey(), from.getValue()).when().get("/api/changes")
                    .then().statusCode(200)
                    .body("changes.findAll { it.id == '" + id + "' }.change", equalTo(List.of("CREATED", "DELETED")))
                    .body("more", equalTo(false));
        }
        JsonPath one = given().queryParam("after", start).queryParam("limit", 1).when().get("/api/changes")
                .then().statusCode(200).body("changes.size()", equalTo(1)).body("more", equalTo(true))
                .extract().jsonPath();
        assertEquals(one.getLong("changes[0].cursor"), one.getLong("next"));
        assertNotEquals(start, one.getLong("next"));

        given().queryParam("limit", 1).when().get("/api/changes").then().statusCode(200)
                .body("changes[0].cursor", equalTo(1));
        given().queryParam("after", 0).queryParam("since", since.toString()).when().get("/api/changes")
                .then().statusCode(400);
        given().queryParam("after", -1).when().get("/api/changes").then().statusCode(400);
        given().header("Last-Event-ID", "yesterday").when().get("/api/events").then().statusCode(400);
        JsonPath later = given().queryParam("since", Instant.now().toString()).when().get("/api/changes")
                .then().extract().jsonPath();
        assertTrue(later.getList("changes").isEmpty());
        assertEquals(head(), later.getLong("next"));
        given().queryParam("after", 0).when().get("/api/changes")
                .then().body("changes.id", hasItem("ru-demand-nato-non-expansion"));
    }
}
