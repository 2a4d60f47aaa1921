package org.parley;

import static io.restassured.RestAssured.given;
import static org.parley.Tokens.admin;
import static org.parley.Tokens.editor;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Records a test owns: created through the API under unique ids, so that a test which changes something never
 * changes a seed record, and its result does not depend on which tests ran before it.
 */
public final class Fixtures {

    /** The sentence every fixture document has, and every fixture position quotes. */
    public static final String QUOTE = "The envoy said the talks would go on.";

    private Fixtures() {
    }

    /** A valid id or word found nowhere else: {@code stem-} and 12 hex digits. */
    public static String unique(String stem) {
        return stem + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    public static String party() {
        String id = unique("party");
        admin().contentType(ContentType.JSON).body(Map.of("id", id, "name", "Party " + id, "kind", "STATE"))
                .when().post("/api/parties").then().statusCode(201);
        return id;
    }

    public static String topic() {
        String id = unique("topic");
        admin().contentType(ContentType.JSON).body(Map.of("id", id, "name", "Topic " + id))
                .when().post("/api/topics").then().statusCode(201);
        return id;
    }

    /** A document whose text is {@link #QUOTE} between two sentences naming it. */
    public static String document() {
        String word = unique("doc").replace("-", "");
        return document("This is " + word + ". " + QUOTE + " That was " + word + ".");
    }

    public static String document(String text) {
        return editor().contentType(ContentType.JSON).body(Map.of("title", "Document " + unique("t"), "text", text))
                .when().post("/api/documents").then().statusCode(201).extract().path("id");
    }

    /** A position of a new party on a new topic, citing {@link #QUOTE} in a new document. */
    public static String position() {
        return position("A position of its own: " + unique("summary") + ".");
    }

    public static String position(String summary) {
        return position(party(), topic(), document(), summary);
    }

    /** A warning of {@code party} on {@code topic}, citing {@link #QUOTE} in {@code document}. */
    public static String position(String party, String topic, String document, String summary) {
        String id = unique("position");
        editor().contentType(ContentType.JSON).body(Map.of("id", id, "party", party, "topic", topic,
                        "kind", "WARNING", "summary", summary, "statedOn", "2022-01-08",
                        "citations", List.of(Map.of("document", document, "quote", QUOTE))))
                .when().post("/api/positions").then().statusCode(201);
        return id;
    }

    /** A rejection by {@code party} on {@code topic} answering {@code respondsTo}, citing {@link #QUOTE}. */
    public static String response(String party, String topic, String document, String respondsTo) {
        String id = unique("response");
        editor().contentType(ContentType.JSON).body(Map.of("id", id, "party", party, "topic", topic,
                        "kind", "REJECTION", "summary", "An answer of its own.", "statedOn", "2022-01-09",
                        "respondsTo", respondsTo, "citations", List.of(Map.of("document", document, "quote", QUOTE))))
                .when().post("/api/positions").then().statusCode(201);
        return id;
    }

    /** A merge patch at the current ETag, as an editor (positions) or an admin (parties, topics); must succeed. */
    public static void patch(String path, String body) {
        (path.startsWith("/api/positions") ? editor() : admin()).contentType("application/merge-patch+json")
                .header("If-Match", etag(path)).body(body).when().patch(path).then().statusCode(200);
    }

    /** The current ETag of the plain (not gzip-coded) representation at {@code path}. */
    public static String etag(String path) {
        return given().header("Accept-Encoding", "identity").when().get(path).then().statusCode(200)
                .extract().header("ETag");
    }
}
