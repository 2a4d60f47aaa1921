package org.parley.write;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.parley.Tokens.admin;
import static org.parley.Tokens.editor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.Pages;

/** Creating, replacing, patching and deleting positions, with validation, concurrency control and history. */
@QuarkusTest
class PositionWriteTest {

    static final String DOCUMENT = "001_949e2e32b0da38f4";
    static final String QUOTE = "Russia has demanded promises that NATO will not further expand eastward";

    static String position(String id, String summary, String extra) {
        return """
                {%s"party": "russia", "topic": "nato-expansion", "kind": "DEMAND", "summary": "%s",
                 "statedOn": "2022-01-08", "citations": [{"document": "%s", "quote": "%s"}]%s}
                """.formatted(id == null ? "" : "\"id\": \"" + id + "\", ", summary, DOCUMENT, QUOTE,
                extra == null ? "" : ", " + extra);
    }

    static Response create(String body) {
        return editor().contentType(ContentType.JSON).body(body).when().post("/api/positions");
    }

    @Test
    void createsAPositionAnchoringAQuoteGivenAlone() {
        Response created = create(position("test-create", "Russia demands no eastward expansion.", null));
        created.then().statusCode(201)
                .header("Location", endsWith("/api/positions/test-create"))
                .header("ETag", startsWith("\"0-"))
                .body("id", equalTo("test-create"))
                .body("version", equalTo(0))
                .body("citations[0].quote", equalTo(QUOTE));
        int start = created.path("citations[0].start");
        given().when().get("/api/documents/" + DOCUMENT + "/text?char=" + start + "," + (start + QUOTE.length()))
                .then().body(equalTo(QUOTE));
        given().when().get("/api/positions/test-create").then().statusCode(200)
                .header("ETag", equalTo(created.header("ETag")));
    }

    @Test
    void generatesAnIdWhenNoneIsGivenAndRefusesADuplicate() {
        create(position(null, "Generated id.", null)).then().statusCode(201)
                .body("id", startsWith("russia-demand-"));
        create(position("test-duplicate", "First.", null)).then().statusCode(201);
        create(position("test-duplicate", "Second.", null)).then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void replacesOnlyWithTheCurrentETag() {
        String etag = create(position("test-replace", "Before.", null)).then().statusCode(201)
                .extract().header("ETag");
        editor().contentType(ContentType.JSON).body(position(null, "Without If-Match.", null))
                .when().put("/api/positions/test-replace").then().statusCode(428)
                .contentType("application/problem+json");
        Response replaced = editor().contentType(ContentType.JSON).header("If-Match", etag)
                .body(position(null, "After.", null)).when().put("/api/positions/test-replace");
        replaced.then().statusCode(200).body("summary", equalTo("After.")).body("version", equalTo(1))
                .header("ETag", not(equalTo(etag)));
        editor().contentType(ContentType.JSON).header("If-Match", etag).body(position(null, "Stale.", null))
                .when().put("/api/positions/test-replace").then().statusCode(412)
                .contentType("application/problem+json");
        given().when().get("/api/positions/test-replace").then().body("summary", equalTo("After."))
                .header("ETag", equalTo(replaced.header("ETag")));
    }

    @Test
    void mergePatchChangesOnlyTheFieldsItNames() {
        String etag = create(position("test-patch", "Patch me.", "\"speaker\": \"vladimir-putin\""))
                .then().statusCode(201).extract().header("ETag");
        editor().contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"summary\": \"Patched.\", \"speaker\": null}")
                .when().patch("/api/positions/test-patch")
                .then().statusCode(200)
                .body("summary", equalTo("Patched."))
                .body("speaker", nullValue())
                .body("kind", equalTo("DEMAND"))
                .body("citations[0].quote", equalTo(QUOTE));
    }

    @Test
    void keepsEveryChangeInTheHistory() {
        String etag = create(position("test-history", "One.", null)).then().statusCode(201).extract().header("ETag");
        Instant between = Instant.now();
        etag = editor().contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"summary\": \"Two.\", \"kind\": \"WARNING\"}").when().patch("/api/positions/test-history")
                .then().statusCode(200).extract().header("ETag");
        editor().header("If-Match", etag).when().delete("/api/positions/test-history").then().statusCode(204);
        given().when().get("/api/positions/test-history").then().statusCode(404);

        given().when().get("/api/positions/test-history/history")
                .then().statusCode(200)
                .body("change", equalTo(List.of("CREATED", "UPDATED", "DELETED")))
                .body("by", equalTo(List.of("erin", "erin", "erin")))
                .body("[1].fields", equalTo(List.of("kind", "summary")))
                .body("[1].before.summary", equalTo("One."))
                .body("[1].before.kind", equalTo("DEMAND"))
                .body("[1].before.party", nullValue())
                .body("[2].before.summary", equalTo("Two."));
        assertEquals("One.", summaryAsOf(between, "test-history"));
        assertNull(summaryAsOf(Instant.now(), "test-history"));
    }

    /**
     * The position's summary in the list as of that moment, looked for on every page: other tests' positions may
     * come before it, more of them than one page holds. Null when the list had no such position then.
     */
    private static String summaryAsOf(Instant asOf, String id) {
        List<String> found = Pages.list(Pages.of("/api/positions?asOf=" + asOf),
                "items.findAll { it.id == '" + id + "' }.summary", String.class);
        return found.isEmpty() ? null : found.get(0);
    }

    @Test
    void refusesACitationThatDoesNotMatchNamingDocumentOffsetsAndBothStrings() {
        String body = position("test-mismatch", "Mismatch.", null)
                .replace("\"quote\": \"" + QUOTE + "\"", "\"quote\": \"" + QUOTE + "\", \"start\": 5, \"end\": 76");
        create(body).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("citations[0]"))
                .body("errors[0].message", containsString("document '" + DOCUMENT + "' at [5, 76)"))
                .body("errors[0].message", containsString("the quote is \"" + QUOTE + "\""))
                .body("errors[0].message", containsString("but the text there is \""));
        given().when().get("/api/positions/test-mismatch").then().statusCode(404);
    }

    @Test
    void refusesUnknownReferencesWith422() {
        create(position("test-unknown", "Unknown.", null).replace("\"russia\"", "\"atlantis\"")
                .replace("\"nato-expansion\"", "\"weather\"").replace(DOCUMENT, "no-such-document"))
                .then().statusCode(422)
                .body("errors.field", hasItem("party"))
                .body("errors.field", hasItem("topic"))
                .body("errors.field", hasItem("citations[0].document"));
        create(position("test-bad-speaker", "Speaker of another party.", "\"speaker\": \"antony-blinken\""))
                .then().statusCode(422).body("errors[0].field", equalTo("speaker"));
    }

    @Test
    void refusesRespondsToThatIsMissingSelfOrALoop() {
        create(position("test-missing-target", "Answers nothing.", "\"respondsTo\": \"no-such-position\""))
                .then().statusCode(422).body("errors[0].field", equalTo("respondsTo"));
        create(position("test-loop-a", "A.", null)).then().statusCode(201);
        create(position("test-loop-b", "B answers A.", "\"respondsTo\": \"test-loop-a\"")).then().statusCode(201);
        String etag = given().when().get("/api/positions/test-loop-a").then().extract().header("ETag");
        editor().contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"respondsTo\": \"test-loop-b\"}").when().patch("/api/positions/test-loop-a")
                .then().statusCode(422).body("errors[0].message", containsString("loop"));
        editor().contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"respondsTo\": \"test-loop-a\"}").when().patch("/api/positions/test-loop-a")
                .then().statusCode(422).body("errors[0].message", containsString("itself"));
        given().when().get("/api/positions/test-loop-a").then().header("ETag", equalTo(etag))
                .body("respondsTo", nullValue());
    }

    @Test
    void aPositionOthersAnswerIsDeletedOnlyWithCascadeByAnAdmin() {
        create(position("test-demand", "A demand.", null)).then().statusCode(201);
        create(position("test-answer", "An answer.", "\"respondsTo\": \"test-demand\"")).then().statusCode(201);
        String etag = given().when().get("/api/positions/test-demand").then().extract().header("ETag");
        editor().header("If-Match", etag).when().delete("/api/positions/test-demand").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("test-answer"));
        editor().header("If-Match", etag).queryParam("cascade", true).when().delete("/api/positions/test-demand")
                .then().statusCode(403);
        admin().header("If-Match", etag).queryParam("cascade", true).when().delete("/api/positions/test-demand")
                .then().statusCode(204);
        given().when().get("/api/positions/test-answer").then().statusCode(200).body("respondsTo", nullValue());
        given().when().get("/api/positions/test-answer/history").then().body("change", hasSize(2))
                .body("[1].fields", equalTo(List.of("respondsTo")));
    }

    @Test
    void badBodiesAreRefusedAndChangeNothing() {
        long before = given().when().get("/api/positions").then().extract().<Integer>path("totalItems");
        editor().contentType(ContentType.JSON).body("{\"party\": ").when().post("/api/positions")
                .then().statusCode(400).contentType("application/problem+json");
        editor().contentType(ContentType.TEXT).body("hello").when().post("/api/positions")
                .then().statusCode(415).contentType("application/problem+json");
        editor().contentType(ContentType.JSON).body(position("test-unknown-field", "X.", "\"mood\": \"angry\""))
                .when().post("/api/positions")
                .then().statusCode(400).body("detail", containsString("unknown field 'mood'"));
        editor().contentType(ContentType.JSON).body("{\"citations\": " + "[".repeat(100) + "]".repeat(100) + "}")
                .when().post("/api/positions")
                .then().statusCode(400).contentType("application/problem+json");
        editor().contentType("application/merge-patch+json").header("If-Match", "\"0-x\"")
                .body("{\"a\": ".repeat(100) + "1" + "}".repeat(100))
                .when().patch("/api/positions/ru-demand-nato-non-expansion")
                .then().statusCode(400).body("detail", containsString("nested more than 32 levels"));
        editor().contentType(ContentType.JSON).body("{\"party\": \"russia\"}").when().post("/api/positions")
                .then().statusCode(422).body("errors.field", hasItem("summary"));
        editor().contentType(ContentType.JSON).body("{\"summary\": \"" + "x".repeat(1_100_000) + "\"}")
                .when().post("/api/positions")
                .then().statusCode(413).contentType("application/problem+json");
        assertEquals(before, (long) given().when().get("/api/positions").then().extract().<Integer>path("totalItems"));
    }

    @Test
    void historyOfAnUnknownPositionIs404() {
        given().when().get("/api/positions/never-existed/history").then().statusCode(404)
                .body("type", notNullValue());
    }
}
