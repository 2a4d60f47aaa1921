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
        assertEquals(7, stats.getList("byKind").size());
        assertEquals(total("/api/documents"), stats.getList("byDocument").size());
        assertEquals(total("/api/documents"), stats.getLong("documents"));
        for (String list : List.of("byParty", "byTopic", "byKind", "byDocument")) {
            List<Integer> counts = stats.getList(list + ".positions");
            assertEquals(counts.stream().sorted((a, b) -> b - a).toList(), counts, list);
        }
    }

    @Test
    void countsCitationsPerDocument() {
        List<Map<String, Object>> citations = given().get("/api/positions?size=200").jsonPath()
                .getList("items.citations.flatten()");
        assertEquals(citations.size(), stats.getLong("citations"));
        List<Map<String, Object>> documents = stats.getList("byDocument");
        for (int i = 0; i < documents.size(); i++) {
            String id = stats.getString("byDocument[" + i + "].document.id");
            long cited = citations.stream().filter(c -> id.equals(((Map<?, ?>) c.get("document")).get("id"))).count();
            assertEquals(cited, stats.getLong("byDocument[" + i + "].citations"), id);
        }
        assertTrue(stats.getLong("citations") > stats.getLong("positions"), "some positions have several sources");
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
