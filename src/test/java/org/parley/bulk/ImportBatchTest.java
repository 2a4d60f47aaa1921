package org.parley.bulk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.parley.Tokens.admin;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An import's batches check each record in the import's order and store all of them or none. */
@QuarkusTest
class ImportBatchTest {

    private static final String TEXT = "The envoy demanded a pause. The other side refused the pause outright.";

    private static List<String> parties(String prefix) {
        return new ArrayList<>(List.of(
                "{\"type\": \"party\", \"id\": \"" + prefix + "-a\", \"name\": \"A\", \"kind\": \"STATE\","
                        + " \"representatives\": [{\"id\": \"" + prefix + "-envoy\", \"name\": \"Envoy\"}]}",
                "{\"type\": \"party\", \"id\": \"" + prefix + "-b\", \"name\": \"B\", \"kind\": \"STATE\"}",
                "{\"type\": \"topic\", \"id\": \"" + prefix + "-pause\", \"name\": \"Pause\"}"));
    }

    private static String document(String prefix) {
        return "{\"type\": \"document\", \"id\": \"" + prefix + "-doc\", \"title\": \"T\", \"text\": \"" + prefix
                + ": " + TEXT + "\"}";
    }

    private static String position(String prefix, String id, String party, String extra) {
        return "{\"type\": \"position\", \"id\": \"" + id + "\", \"party\": \"" + prefix + "-" + party
                + "\", \"topic\": \"" + prefix + "-pause\", \"kind\": \"STATEMENT\", \"summary\": \"Said.\","
                + " \"statedOn\": \"2022-01-10\"" + extra + ", \"citations\": [{\"document\": \"" + prefix
                + "-doc\", \"quote\": \"The envoy demanded a pause.\"}]}";
    }

    /** Positions {prefix}-0 … -(n-1), more than a batch of them: each odd one answers the even one before it. */
    private static List<String> answeredPairs(String prefix, int n) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add(position(prefix, prefix + "-" + i, i % 2 == 0 ? "a" : "b",
                    i % 2 == 0 ? "" : ", \"respondsTo\": \"" + prefix + "-" + (i - 1) + "\""));
        }
        return lines;
    }

    private static void post(List<String> lines, int status, String detail, String field) {
        admin().contentType("application/x-ndjson").body(String.join("\n", lines).getBytes(StandardCharsets.UTF_8))
                .when().post("/api/import")
                .then().statusCode(status)
                .body("detail", containsString(detail))
                .body("errors[0].field", equalTo(field));
    }

    @Test
    void aPositionMayCiteOnlyADocumentOnAnEarlierLine() {
        List<String> lines = parties("late");
        lines.add(position("late", "late-first", "a", ""));
        lines.add(document("late"));
        post(lines, 422, "At line 4", "line 4: citations[0].document");
        given().when().get("/api/documents/late-doc").then().statusCode(404);
    }

    @Test
    void aPositionMayAnswerOnlyAPositionOnAnEarlierLine() {
        List<String> lines = parties("order");
        lines.add(document("order"));
        lines.add(position("order", "order-answer", "b", ", \"respondsTo\": \"order-demand\""));
        lines.add(position("order", "order-demand", "a", ""));
        post(lines, 422, "unknown position 'order-demand'", "line 5: respondsTo");
    }

    @Test
    void aSpeakerOfAnotherPartyIsRefusedAsInASingleWrite() {
        List<String> lines = parties("voice");
        lines.add(document("voice"));
        lines.add(position("voice", "voice-b", "b", ", \"speaker\": \"voice-envoy\""));
        post(lines, 422, "speaks for 'voice-a', not 'voice-b'", "line 5: speaker");
    }

    @Test
    void aFailureInALaterBatchLeavesTheEarlierBatchesUnstored() {
        List<String> lines = parties("many");
        lines.add(document("many"));
        lines.addAll(answeredPairs("many", 1_200));
        lines.add(position("many", "many-last", "nobody", ""));
        post(lines, 422, "At line " + lines.size(), "line " + lines.size() + ": party");
        given().when().get("/api/positions/many-0").then().statusCode(404);
        given().when().get("/api/parties/many-a").then().statusCode(404);
    }

    @Test
    void positionsSpanningBatchesAreStoredWithTheirAnswersAndHistory() {
        List<String> lines = parties("span");
        lines.add(document("span"));
        lines.addAll(answeredPairs("span", 1_200));
        lines.add(position("span", "span-late", "b", ", \"respondsTo\": \"span-0\""));
        admin().contentType("application/x-ndjson").body(String.join("\n", lines).getBytes(StandardCharsets.UTF_8))
                .when().post("/api/import")
                .then().statusCode(200).body("positions", equalTo(1_201)).body("documents", equalTo(1));
        given().when().get("/api/positions/span-1199").then().statusCode(200)
                .body("respondsTo.id", equalTo("span-1198"))
                .body("citations[0].start", equalTo("span: ".length()));
        given().when().get("/api/positions/span-late").then().statusCode(200)
                .body("respondsTo.id", equalTo("span-0"))
                .body("citations[0].start", equalTo("span: ".length()));
        given().when().get("/api/positions/span-1000/history").then().body("[0].change", equalTo("CREATED"));
        // Other tests page through every position in one page of 200.
        String etag = given().when().get("/api/topics/span-pause").then().extract().header("ETag");
        admin().header("If-Match", etag).when().delete("/api/topics/span-pause?cascade=true").then().statusCode(204);
    }
}
