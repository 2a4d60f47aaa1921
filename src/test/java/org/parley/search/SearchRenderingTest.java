package org.parley.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.Tokens.editor;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.Fixtures;
import org.parley.api.PageRequest;
import org.parley.position.PositionFilter;
import org.parley.position.StoredPage;

/**
 * A search's page is rendered from the positions the index stores, with the names of what they refer to read from
 * the database: it must show each position exactly as its own read does, names changed elsewhere included.
 */
@QuarkusTest
class SearchRenderingTest {

    private static List<Map<String, Object>> hits(String q) {
        return given().queryParam("q", q).queryParam("size", 200).when().get("/api/positions").then()
                .statusCode(200).extract().jsonPath().getList("items");
    }

    private static Map<String, Object> read(String id) {
        return given().when().get("/api/positions/" + id).then().statusCode(200).extract().jsonPath().getMap("");
    }

    @Test
    void everyHitIsThePositionAsItsOwnReadShowsIt() {
        List<Map<String, Object>> hits = hits("russia OR nato OR sanctions OR missiles OR exercises");
        assertTrue(hits.size() > 10, "the seeds match: " + hits.size());
        assertTrue(hits.stream().anyMatch(h -> h.get("speaker") != null), "some hit has a speaker");
        assertTrue(hits.stream().anyMatch(h -> h.get("respondsTo") != null), "some hit answers another");
        assertTrue(hits.stream().anyMatch(h -> ((List<?>) h.get("citations")).size() > 1), "some hit cites twice");
        for (Map<String, Object> hit : hits) {
            assertEquals(read((String) hit.get("id")), hit);
        }
    }

    @Test
    void namesChangedElsewhereShowAtOnce() {
        String word = Fixtures.unique("rendered").replace("-", "");
        Exchange exchange = Exchange.about(word);
        String party = exchange.party();
        String topic = exchange.topic();
        String document = exchange.document();
        String demand = exchange.demand();
        String response = exchange.response();

        Fixtures.patch("/api/parties/" + party, "{\"name\": \"Renamed " + word + "\"}");
        Fixtures.patch("/api/topics/" + topic, "{\"name\": \"Retitled " + word + "\"}");
        Fixtures.patch("/api/positions/" + demand, "{\"summary\": \"A demand restated about " + word + ".\"}");
        String etag = Fixtures.etag("/api/documents/" + document);
        String text = given().accept("text/plain").when().get("/api/documents/" + document + "/text").asString();
        editor().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("title", "Document retitled " + word, "text", text))
                .when().put("/api/documents/" + document).then().statusCode(200);

        JsonPath found = given().queryParam("q", "\"answer about " + word + "\"").when().get("/api/positions")
                .then().statusCode(200).body("totalItems", equalTo(1)).extract().jsonPath();
        assertEquals("Renamed " + word, found.getString("items[0].party.name"));
        assertEquals("Retitled " + word, found.getString("items[0].topic.name"));
        assertEquals("Document retitled " + word, found.getString("items[0].citations[0].document.title"));
        assertEquals("A demand restated about " + word + ".", found.getString("items[0].respondsTo.summary"));
        assertEquals("Renamed " + word, found.getString("items[0].respondsTo.party.name"));
        assertEquals(read(response), found.getMap("items[0]"));
    }

    @Test
    void whatTheIndexCannotRenderIsReadFromTheDatabase() {
        String word = Fixtures.unique("fallback").replace("-", "");
        String response = Exchange.about(word).response();
        // As if the answered position had left the index's view this page was read from.
        PositionSearch index = ClientProxy.unwrap(Arc.container().instance(PositionSearch.class).get());
        QuarkusMock.installMockForType(new PositionSearch(null) {
            @Override
            public StoredPage page(PositionFilter filter, PageRequest request) {
                StoredPage page = index.page(filter, request);
                return new StoredPage(page.positions(), Map.of(), page.documents());
            }
        }, PositionSearch.class);

        assertEquals(List.of(read(response)), hits("\"answer about " + word + "\""));
    }

    /** A demand about {@code word} on a new party, topic and document, and a response to it about the same word. */
    private record Exchange(String party, String topic, String document, String demand, String response) {

        static Exchange about(String word) {
            String party = Fixtures.party();
            String topic = Fixtures.topic();
            String document = Fixtures.document();
            String demand = Fixtures.position(party, topic, document, "A demand about " + word + ".");
            String response = Fixtures.response(party, topic, document, demand);
            Fixtures.patch("/api/positions/" + response, "{\"summary\": \"An answer about " + word + ".\"}");
            return new Exchange(party, topic, document, demand, response);
        }
    }
}
