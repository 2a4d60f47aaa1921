package org.parley.dashboard;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.Fixtures;
import org.parley.position.PositionKind;

@QuarkusTest
class StatsResourceTest {

    private JsonPath stats;

    @BeforeEach
    void readStats() {
        stats = given().when().get("/api/stats").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void countsEqualTheTotalsOfTheFilteredLists() {
        assertEquals(total("/api/positions"), stats.getLong("positions"));
        checkCounts("byParty", "party.id", "party");
        checkCounts("byTopic", "topic.id", "topic");
        checkCounts("byKind", "kind", "kind");
        checkCounts("byDocument", "document.id", "document");
    }

    @Test
    void listsEveryPartyTopicKindAndDocumentMostFirst() {
        assertEquals(total("/api/parties"), stats.getList("byParty").size());
        assertEquals(total("/api/topics"), stats.getList("byTopic").size());
        assertEquals(PositionKind.values().length, stats.getList("byKind").size());
        assertEquals(total("/api/documents"), stats.getList("byDocument").size());
        assertEquals(total("/api/documents"), stats.getLong("documents"));
        for (String list : List.of("byParty", "byTopic", "byKind", "byDocument")) {
            List<Integer> counts = stats.getList(list + ".positions");
            assertEquals(counts.stream().sorted((a, b) -> b - a).toList(), counts, list);
        }
    }

    @Test
    void countsCitationsPerDocument() {
        List<Map<String, Object>> citations = new java.util.ArrayList<>();
        int pages = 1;
        for (int page = 1; page <= pages; page++) {
            JsonPath positions = given().queryParam("size", 200).queryParam("page", page).get("/api/positions")
                    .then().statusCode(200).extract().jsonPath();
            pages = positions.getInt("totalPages");
            citations.addAll(positions.getList("items.citations.flatten()"));
        }
        assertEquals(citations.size(), stats.getLong("citations"));
        List<Map<String, Object>> documents = stats.getList("byDocument");
        for (int i = 0; i < documents.size(); i++) {
            String id = stats.getString("byDocument[" + i + "].document.id");
            long cited = citations.stream().filter(c -> id.equals(((Map<?, ?>) c.get("document")).get("id"))).count();
            assertEquals(cited, stats.getLong("byDocument[" + i + "].citations"), id);
        }
        assertTrue(stats.getLong("citations") > stats.getLong("positions"), "some positions have several sources");
    }

    @Test
    void aNewPositionCountsOnceForItsPartyTopicKindAndDocument() {
        String party = Fixtures.party();
        String topic = Fixtures.topic();
        String document = Fixtures.document();
        Fixtures.position(party, topic, document, "Counted once.");
        JsonPath after = given().when().get("/api/stats").then().statusCode(200).extract().jsonPath();
        assertEquals(stats.getLong("positions") + 1, after.getLong("positions"));
        assertEquals(stats.getLong("citations") + 1, after.getLong("citations"));
        assertEquals(stats.getLong("documents") + 1, after.getLong("documents"));
        assertEquals(1, after.getInt("byParty.find { it.party.id == '" + party + "' }.positions"));
        assertEquals(1, after.getInt("byTopic.find { it.topic.id == '" + topic + "' }.positions"));
        assertEquals(1, after.getInt("byDocument.find { it.document.id == '" + document + "' }.citations"));
        assertEquals(stats.getInt("byKind.find { it.kind == 'WARNING' }.positions") + 1,
                after.getInt("byKind.find { it.kind == 'WARNING' }.positions"));
    }

    private void checkCounts(String list, String key, String filter) {
        List<Object> keys = stats.getList(list + "." + key);
        for (int i = 0; i < keys.size(); i++) {
            long expected = total("/api/positions?" + filter + "=" + keys.get(i));
            assertEquals(expected, stats.getLong(list + "[" + i + "].positions"), list + " " + keys.get(i));
        }
    }

    private static long total(String path) {
        return given().when().get(path).then().statusCode(200).extract().jsonPath().getLong("totalItems");
    }
}
