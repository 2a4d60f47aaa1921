package org.parley.bulk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.parley.Tokens.admin;
import static org.parley.Tokens.editor;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A bulk import stores every record as its single write would, or nothing at all. */
@QuarkusTest
class ImportTest {

    private static final String TEXT = "The envoy demanded a pause. The other side refused the pause outright.";

    private static String records(String prefix, String refusal) {
        return String.join("\n",
                "{\"type\": \"party\", \"id\": \"" + prefix + "-a\", \"name\": \"A\", \"kind\": \"STATE\"}",
                "{\"type\": \"party\", \"id\": \"" + prefix + "-b\", \"name\": \"B\", \"kind\": \"STATE\"}",
                "{\"type\": \"topic\", \"id\": \"" + prefix + "-pause\", \"name\": \"Pause\"}",
                "{\"type\": \"document\", \"id\": \"" + prefix + "-doc\", \"title\": \"T\", \"text\": \"" + prefix
                        + ": " + TEXT + "\"}",
                "{\"type\": \"position\", \"id\": \"" + prefix + "-demand\", \"party\": \"" + prefix
                        + "-a\", \"topic\": \"" + prefix + "-pause\", \"kind\": \"DEMAND\", \"summary\": \"A demands a "
                        + "pause.\", \"statedOn\": \"2022-01-10\", \"citations\": [{\"document\": \"" + prefix
                        + "-doc\", \"quote\": \"The envoy demanded a pause.\"}]}",
                "{\"type\": \"position\", \"id\": \"" + prefix + "-refusal\", \"party\": \"" + prefix
                        + "-b\", \"topic\": \"" + prefix + "-pause\", \"kind\": \"REJECTION\", \"summary\": \"B refuses."
                        + "\", \"statedOn\": \"2022-01-11\", \"respondsTo\": \"" + prefix + "-demand\", \"citations\":"
                        + " [{\"document\": \"" + prefix + "-doc\", \"quote\": \"" + refusal + "\"}]}",
                "");
    }

    @Test
    void importsRecordsInOrderAsSingleWritesWould() {
        admin().contentType("application/x-ndjson").body(records("imp", "The other side refused the pause outright.").getBytes(StandardCharsets.UTF_8))
                .when().post("/api/import")
                .then().statusCode(200)
                .body("parties", equalTo(2)).body("topics", equalTo(1))
                .body("documents", equalTo(1)).body("positions", equalTo(2));
        given().when().get("/api/positions/imp-refusal").then().statusCode(200)
                .body("respondsTo.id", equalTo("imp-demand"))
                .body("citations[0].start", equalTo("imp: ".length() + TEXT.indexOf("The other")));
        given().when().get("/api/positions/imp-refusal/history").then().body("[0].by", equalTo("ada"));
    }

    @Test
    void aBadRecordStoresNothingAndSaysWhichLine() {
        admin().contentType("application/x-ndjson").body(records("bad", "The other side accepted the pause.").getBytes(StandardCharsets.UTF_8))
                .when().post("/api/import")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("At line 6"))
                .body("errors[0].field", equalTo("line 6: citations[0]"));
        given().when().get("/api/parties/bad-a").then().statusCode(404);
        given().when().get("/api/positions/bad-demand").then().statusCode(404);
    }

    @Test
    void theSameTextTwiceInOneImportIsOneDocument() {
        String text = "dup: " + TEXT;
        admin().contentType("application/x-ndjson").body(String.join("\n",
                        "{\"type\": \"document\", \"id\": \"dup-first\", \"title\": \"T\", \"text\": \"" + text + "\"}",
                        "{\"type\": \"document\", \"id\": \"dup-second\", \"title\": \"T\", \"text\": \"" + text + "\"}")
                        .getBytes(StandardCharsets.UTF_8))
                .when().post("/api/import").then().statusCode(200);
        given().when().get("/api/documents/dup-first").then().statusCode(200);
        given().when().get("/api/documents/dup-second").then().statusCode(404);
    }

    @Test
    void onlyAdminsImport() {
        editor().contentType("application/x-ndjson").body(records("ed", "x").getBytes(StandardCharsets.UTF_8)).when().post("/api/import")
                .then().statusCode(403);
    }
}
