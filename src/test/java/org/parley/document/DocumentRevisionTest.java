package org.parley.document;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.Tokens.editor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A corrected text becomes a revision; every citation is re-anchored with an honest status, and reviewed. */
@QuarkusTest
class DocumentRevisionTest {

    static final String TEXT = """
            GENEVA — Talks between the two delegations ended on Monday without a breakthrough.

            Ryabkov said: we will not accept new missiles in Europe. He added that Moscow expected written answers \
            within a week.

            Sherman said the negotations would continue next week in Brussels.

            Both sides called the talks businesslike.
            """;
    static final String INSERTED = "NATO said it would answer the Russian proposals in writing.\n\n";
    static final String CORRECTED = TEXT.replace("negotations", "negotiations")
            .replace("Sherman said", INSERTED + "Sherman said")
            .replace("Both sides called the talks businesslike.", "A spokesman declined to comment further.");

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String doc = "doc-rev-" + suffix;
    /** Each test's own texts: the same text twice would be one document. */
    private final String text = TEXT + "Reference " + suffix + ".\n";
    private final String corrected = CORRECTED + "Reference " + suffix + ".\n";

    private String createDocument(String body) {
        return editor().contentType(ContentType.JSON)
                .body(Map.of("id", doc, "title", "Talks end", "outlet", "Test Wire", "text", body))
                .when().post("/api/documents").then().statusCode(201).body("revision", equalTo(1))
                .extract().header("ETag");
    }

    private String cite(String name, String quote) {
        String id = name + "-" + suffix;
        editor().contentType(ContentType.JSON).body(Map.of("id", id, "party", "russia", "topic", "missile-deployments",
                "kind", "STATEMENT", "summary", "Cites " + name + ".", "statedOn", "2022-01-10",
                "citations", List.of(Map.of("document", doc, "quote", quote))))
                .when().post("/api/positions").then().statusCode(201)
                .body("citations[0].anchor.status", equalTo("EXACT"))
                .body("citations[0].anchor.revision", equalTo(1));
        return id;
    }

    private JsonPath citationOf(String position) {
        return given().when().get("/api/positions/" + position).then().statusCode(200).extract().jsonPath()
                .setRootPath("citations[0]");
    }

    private io.restassured.response.Response put(String etag, String body, boolean dryRun) {
        return editor().contentType(ContentType.JSON).header("If-Match", etag).queryParam("dryRun", dryRun)
                .body(Map.of("id", doc, "title", "Talks end", "outlet", "Test Wire", "text", body))
                .when().put("/api/documents/" + doc);
    }

    @Test
    void aCorrectionBecomesARevisionAndEveryCitationSaysHowItFared() {
        String etag = createDocument(text);
        String exact = cite("exact", "we will not accept new missiles in Europe");
        String moved = cite("moved", "Moscow expected written answers");
        String fuzzy = cite("fuzzy", "the negotations would continue next week");
        String orphan = cite("orphan", "Both sides called the talks businesslike.");
        int movedStart = citationOf(moved).getInt("start");
        int fuzzyStart = citationOf(fuzzy).getInt("start");

        // A dry run shows the outcome and stores nothing.
        put(etag, corrected, true).then().statusCode(200)
                .body("reanchoring.dryRun", equalTo(true))
                .body("reanchoring.revision", equalTo(2))
                .body("reanchoring.counts.exact", equalTo(1))
                .body("reanchoring.counts.moved", equalTo(1))
                .body("reanchoring.counts.fuzzy", equalTo(1))
                .body("reanchoring.counts.orphaned", equalTo(1))
                .body("revision", equalTo(1))
                .body("text", equalTo(text));
        given().when().get("/api/documents/" + doc).then().body("text", equalTo(text)).body("revision", equalTo(1))
                .header("ETag", equalTo(etag));
        given().when().get("/api/documents/" + doc + "/revisions").then().body("totalItems", equalTo(1));
        assertEquals("EXACT", citationOf(fuzzy).getString("anchor.status"));

        Instant before = Instant.now();
        var revised = put(etag, corrected, false);
        revised.then().statusCode(200)
                .body("revision", equalTo(2))
                .body("text", equalTo(corrected))
                .body("reanchoring.dryRun", equalTo(false))
                .body("reanchoring.citations[0].status", equalTo("ORPHANED"))
                .body("reanchoring.citations[0].position", equalTo(orphan))
                .body("reanchoring.citations[0].previous.quote", equalTo("Both sides called the talks businesslike."));
        given().when().get("/api/documents/" + doc).then().header("ETag", equalTo(revised.header("ETag")))
                .body("reanchoring", nullValue());

        // Both texts stay readable.
        given().when().get("/api/documents/" + doc + "/revisions").then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.number", equalTo(List.of(1, 2)))
                .body("items[1].createdBy", equalTo("erin"))
                .body("items[1].summary", containsString("code points"))
                .body("items[0].textUrl", equalTo("/api/documents/" + doc + "/text?revision=1"));
        given().when().get("/api/documents/" + doc + "/text?revision=1").then().body(equalTo(text));
        given().when().get("/api/documents/" + doc + "/text?revision=2").then().body(equalTo(corrected));
        given().when().get("/api/documents/" + doc + "/text?revision=3").then().statusCode(404);

        assertAnchor(exact, "EXACT", corrected);
        JsonPath m = assertAnchor(moved, "MOVED", corrected);
        assertEquals(movedStart, m.getInt("start"), "the insertion comes after this quote; only its context moved");
        JsonPath f = assertAnchor(fuzzy, "FUZZY", corrected);
        assertEquals("the negotiations would continue next week", f.getString("quote"));
        assertEquals(fuzzyStart + INSERTED.length(), f.getInt("start"));
        assertEquals("the negotations would continue next week", f.getString("anchor.previous.quote"));
        assertEquals(fuzzyStart, f.getInt("anchor.previous.start"));

        // The orphan keeps its revision, offsets and quote, and its spanUrl names that revision.
        JsonPath o = citationOf(orphan);
        assertEquals("ORPHANED", o.getString("anchor.status"));
        assertEquals(1, o.getInt("anchor.revision"));
        assertEquals("Both sides called the talks businesslike.", o.getString("quote"));
        given().when().get(o.getString("spanUrl")).then().body(equalTo(o.getString("quote")));

        // Re-anchoring is a change to each position, with its history, and the feed says it needs review.
        given().when().get("/api/positions/" + fuzzy + "/history").then()
                .body("[-1].fields", hasItem("citations"))
                .body("[-1].before.citations[0].quote", equalTo("the negotations would continue next week"));
        given().queryParam("since", before.toString()).when().get("/api/changes").then()
                .body("changes.find { it.id == '" + orphan + "' }.needsReview", equalTo(true))
                .body("changes.find { it.id == '" + exact + "' }.needsReview", equalTo(false));
    }

    /** Anchored, with the current text's span equal to its quote. */
    private JsonPath assertAnchor(String position, String status, String expected) {
        JsonPath c = citationOf(position);
        assertEquals(status, c.getString("anchor.status"));
        assertEquals(2, c.getInt("anchor.revision"));
        given().when().get("/api/documents/" + doc + "/text?char=" + c.getInt("start") + "," + c.getInt("end"))
                .then().body(equalTo(c.getString("quote")));
        assertEquals(c.getString("quote"), CodePoints.slice(expected, c.getInt("start"), c.getInt("end")));
        return c;
    }

    @Test
    void theReviewQueueListsFuzzyAndOrphanedCitationsAndAnEditorConfirmsOrRepoints() {
        String etag = createDocument(text);
        String fuzzy = cite("q-fuzzy", "the negotations would continue next week");
        String orphan = cite("q-orphan", "Both sides called the talks businesslike.");
        cite("q-exact", "we will not accept new missiles in Europe");
        put(etag, corrected, false).then().statusCode(200);

        given().queryParam("anchor", "FUZZY", "ORPHANED").queryParam("document", doc).queryParam("size", 1)
                .when().get("/api/citations").then().statusCode(200)
                .header("X-Total-Count", "2")
                .header("Link", containsString("rel=\"next\""))
                .body("totalItems", equalTo(2))
                .body("items[0].citation.anchor.status", equalTo("FUZZY"))
                .body("items[0].position.id", equalTo(fuzzy));
        given().queryParam("anchor", "NEARLY").when().get("/api/citations").then().statusCode(400);

        long fuzzyId = citationOf(fuzzy).getLong("id");
        long orphanId = citationOf(orphan).getLong("id");
        String fuzzyTag = given().when().get("/api/citations/" + fuzzyId).then().statusCode(200)
                .body("citation.anchor.status", equalTo("FUZZY")).extract().header("ETag");
        patch(fuzzyId, null, "{\"confirm\": true}").then().statusCode(428);
        patch(fuzzyId, fuzzyTag, "{\"confirm\": true}").then().statusCode(200)
                .body("citation.anchor.status", equalTo("EXACT"))
                .body("citation.quote", equalTo("the negotiations would continue next week"))
                .body("citation.anchor.previous.quote", equalTo("the negotations would continue next week"));
        patch(fuzzyId, fuzzyTag, "{\"confirm\": true}").then().statusCode(412);

        String orphanTag = given().when().get("/api/citations/" + orphanId).then().extract().header("ETag");
        patch(orphanId, orphanTag, "{\"confirm\": true}").then().statusCode(422);
        patch(orphanId, orphanTag, "{\"quote\": \"no such words\"}").then().statusCode(422);
        patch(orphanId, orphanTag, "{\"quote\": \"A spokesman declined to comment further.\"}").then()
                .statusCode(200)
                .body("citation.anchor.status", equalTo("EXACT"))
                .body("citation.anchor.revision", equalTo(2))
                .body("citation.anchor.previous.quote", equalTo("Both sides called the talks businesslike."))
                .body("citation.spanUrl", not(containsString("revision=")));
        assertAnchor(orphan, "EXACT", corrected);

        given().queryParam("anchor", "FUZZY", "ORPHANED").queryParam("document", doc).when().get("/api/citations")
                .then().body("totalItems", equalTo(0));
        given().when().get("/api/positions/" + orphan + "/history").then()
                .body("by", hasItem("erin"))
                .body("[-1].before.citations[0].anchor.status", equalTo("ORPHANED"));
        given().when().get("/api/positions/" + fuzzy + "/history").then()
                .body("[-1].before.citations[0].anchor.status", equalTo("FUZZY"));
    }

    private static io.restassured.response.Response patch(long citation, String etag, String body) {
        var request = editor().contentType("application/merge-patch+json").body(body);
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return request.when().patch("/api/citations/" + citation);
    }

    @Test
    void aPositionWithAnOrphanCanStillBeEditedAndKeepsTheOrphan() {
        String etag = createDocument(text);
        String orphan = cite("e-orphan", "Both sides called the talks businesslike.");
        put(etag, corrected, false).then().statusCode(200);
        String positionTag = given().when().get("/api/positions/" + orphan).then().extract().header("ETag");
        editor().contentType("application/merge-patch+json").header("If-Match", positionTag)
                .body("{\"summary\": \"Edited while orphaned.\"}").when().patch("/api/positions/" + orphan)
                .then().statusCode(200)
                .body("citations[0].anchor.status", equalTo("ORPHANED"))
                .body("citations[0].anchor.revision", equalTo(1));
    }

    @Test
    void aRevisionThatFailsLeavesTheOldTextAndAnchors() {
        String etag = createDocument(text);
        String fuzzy = cite("f-fuzzy", "the negotations would continue next week");
        String taken = "Another document's text, stored first " + suffix;
        editor().contentType(ContentType.JSON).body(Map.of("title", "Other", "text", taken))
                .when().post("/api/documents").then().statusCode(201);

        put(etag, taken, false).then().statusCode(409);
        given().when().get("/api/documents/" + doc).then().body("text", equalTo(text)).body("revision", equalTo(1))
                .header("ETag", equalTo(etag));
        given().when().get("/api/documents/" + doc + "/revisions").then().body("totalItems", equalTo(1));
        JsonPath c = citationOf(fuzzy);
        assertEquals("EXACT", c.getString("anchor.status"));
        assertEquals(1, c.getInt("anchor.revision"));
        assertEquals("the negotations would continue next week", c.getString("quote"));
    }

    @Test
    void theRevisionScoreOfAFuzzyAnchorIsAtLeastTheThreshold() {
        String etag = createDocument(text);
        String fuzzy = cite("s-fuzzy", "the negotations would continue next week");
        put(etag, corrected, false).then().statusCode(200);
        given().when().get("/api/positions/" + fuzzy).then()
                .body("citations[0].anchor.score", greaterThanOrEqualTo(0.7f))
                .body("citations[0].anchor.score", lessThan(1.0f));
    }
}
