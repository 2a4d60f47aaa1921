package org.parley.write;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.parley.Tokens.admin;
import static org.parley.Tokens.editor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ingesting, replacing and deleting documents without ever breaking a citation. */
@QuarkusTest
class DocumentWriteTest {

    private static Map<String, Object> document(String id, String text) {
        return id == null ? Map.of("title", "A statement", "text", text)
                : Map.of("id", id, "title", "A statement", "outlet", "Test Wire", "text", text);
    }

    private static void citeIn(String positionId, String documentId, String quote) {
        editor().contentType(ContentType.JSON).body(Map.of("id", positionId, "party", "ukraine",
                "topic", "missile-deployments", "kind", "STATEMENT", "summary", "Ukraine states something.",
                "statedOn", "2022-02-02", "citations", List.of(Map.of("document", documentId, "quote", quote))))
                .when().post("/api/positions").then().statusCode(201);
    }

    @Test
    void ingestsATextOnceAndAnswersTheSameTextWithTheStoredDocument() {
        String text = "Kyiv said on Wednesday that it has no objection to a reciprocal missile commitment. ";
        String id = editor().contentType(ContentType.JSON).body(document(null, text))
                .when().post("/api/documents")
                .then().statusCode(201)
                .header("Location", containsString("/api/documents/doc-"))
                .body("id", startsWith("doc-"))
                .body("text", equalTo(text))
                .body("length", equalTo(text.length()))
                .extract().path("id");
        editor().contentType(ContentType.JSON).body(document(null, text)).when().post("/api/documents")
                .then().statusCode(200).body("id", equalTo(id));
        given().when().get("/api/documents/" + id + "/text").then().body(equalTo(text));
    }

    @Test
    void refusesATextOverTheLimitWith413() {
        editor().contentType(ContentType.JSON).body(document("too-long", "x".repeat(10 * 1024 * 1024 + 1)))
                .when().post("/api/documents")
                .then().statusCode(413).contentType("application/problem+json");
        given().when().get("/api/documents/too-long").then().statusCode(404);
    }

    @Test
    void aNewTextThatMovesACitationIsAcceptedAndReanchorsIt() {
        String text = "First, the envoy spoke. Then: we will not accept new missiles here. The end.";
        String etag = editor().contentType(ContentType.JSON).body(document("doc-keep-citations", text))
                .when().post("/api/documents").then().statusCode(201).extract().header("ETag");
        citeIn("ua-cites-keep-citations", "doc-keep-citations", "we will not accept new missiles here");

        String moved = editor().contentType(ContentType.JSON).header("If-Match", etag)
                .body(document("doc-keep-citations", text.replace("First", "Earlier")))
                .when().put("/api/documents/doc-keep-citations")
                .then().statusCode(200)
                .body("revision", equalTo(2))
                .body("reanchoring.counts.moved", equalTo(1))
                .body("reanchoring.citations[0].position", equalTo("ua-cites-keep-citations"))
                .body("reanchoring.citations[0].start", equalTo(32))
                .extract().header("ETag");
        given().when().get("/api/positions/ua-cites-keep-citations").then()
                .body("citations[0].start", equalTo(32))
                .body("citations[0].anchor.status", equalTo("MOVED"))
                .body("citations[0].anchor.previous.start", equalTo(30));
        editor().contentType(ContentType.JSON).header("If-Match", moved)
                .body(document("doc-keep-citations", text.replace("First", "Earlier").replace("The end.",
                        "The end, at last.")))
                .when().put("/api/documents/doc-keep-citations")
                .then().statusCode(200).body("text", endsWith("at last.")).body("revision", equalTo(3));
    }

    @Test
    void aCitedDocumentIsDeletedOnlyWithCascadeByAnAdmin() {
        String text = "Both said: the talks will go on. One added: sanctions remain on the table.";
        String etag = editor().contentType(ContentType.JSON).body(document("doc-cascade", text))
                .when().post("/api/documents").then().statusCode(201).extract().header("ETag");
        citeIn("ua-only-cites-cascade", "doc-cascade", "the talks will go on");
        editor().contentType(ContentType.JSON).body(Map.of("id", "ua-cites-two", "party", "ukraine",
                "topic", "sanctions", "kind", "STATEMENT", "summary", "Cites two documents.", "statedOn",
                "2022-02-02", "citations", List.of(Map.of("document", "doc-cascade", "quote",
                        "sanctions remain on the table"), Map.of("document", "003_ed864e143e290726", "quote",
                        "So no, we have no objection.")))).when().post("/api/positions").then().statusCode(201);

        editor().header("If-Match", etag).when().delete("/api/documents/doc-cascade")
                .then().statusCode(409).contentType("application/problem+json");
        editor().header("If-Match", etag).queryParam("cascade", true).when().delete("/api/documents/doc-cascade")
                .then().statusCode(403);
        admin().header("If-Match", etag).queryParam("cascade", true).when().delete("/api/documents/doc-cascade")
                .then().statusCode(204);

        given().when().get("/api/documents/doc-cascade").then().statusCode(404);
        given().when().get("/api/positions/ua-only-cites-cascade").then().statusCode(404);
        given().when().get("/api/positions/ua-cites-two").then().statusCode(200)
                .body("citations.document.id", equalTo(List.of("003_ed864e143e290726")));
        given().when().get("/api/positions/ua-only-cites-cascade/history").then()
                .body("change", hasItem("DELETED")).body("by", not(hasItem("seed")));
    }
}
