package org.parley.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TimelineResourceTest {

    @Test
    void listsThePositionsOfTheSameFilterInDateOrder() {
        String filter = "topic=nato-expansion&topic=missile-deployments&size=200";
        JsonPath timeline = given().when().get("/api/timeline?" + filter).then().statusCode(200).extract().jsonPath();
        JsonPath positions = given().when().get("/api/positions?" + filter).then().extract().jsonPath();

        assertEquals(positions.getList("items"), timeline.getList("items"));
        assertEquals(positions.getLong("totalItems"), timeline.getLong("totalItems"));
        List<String> keys = timeline.getList("items.collect { it.statedOn + ' ' + it.id }");
        assertEquals(keys.stream().sorted().toList(), keys);
    }

    @Test
    void edgesLinkEachResponseToTheIncludedPositionItAnswers() {
        String filter = "party=united-states&party=russia&topic=nato-expansion&topic=sanctions&size=200";
        JsonPath timeline = given().when().get("/api/timeline?" + filter).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = timeline.getList("items");
        Set<String> included = new HashSet<>(timeline.getList("items.id"));

        Set<List<String>> expected = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String answered = timeline.getString("items[" + i + "].respondsTo.id");
            if (answered != null && included.contains(answered)) {
                expected.add(List.of(timeline.getString("items[" + i + "].id"), answered));
            }
        }
        Set<List<String>> edges = new HashSet<>(timeline.getList("edges.collect { [it.from, it.to] }"));
        assertFalse(expected.isEmpty(), "the filter must include some demands and their responses");
        assertEquals(expected, edges);
        assertTrue(items.stream().anyMatch(p -> p.get("respondsTo") != null
                && !included.contains(((Map<?, ?>) p.get("respondsTo")).get("id"))),
                "the filter must also include a response whose demand it leaves out");
    }

    @Test
    void eachEdgeComesOnceOnThePageOfItsResponse() {
        String filter = "topic=nato-expansion&topic=force-posture&topic=security-guarantees";
        JsonPath whole = given().get("/api/timeline?" + filter + "&size=200").jsonPath();
        Set<String> included = new HashSet<>(whole.getList("items.id"));
        List<List<String>> paged = new ArrayList<>();
        int pages = given().get("/api/timeline?" + filter + "&size=4").jsonPath().getInt("totalPages");
        for (int page = 1; page <= pages; page++) {
            JsonPath one = given().when().get("/api/timeline?" + filter + "&size=4&page=" + page)
                    .then().statusCode(200)
                    .header("X-Total-Count", String.valueOf(included.size()))
                    .header("Link", containsString("rel=\"last\""))
                    .extract().jsonPath();
            List<String> onPage = one.getList("items.id");
            List<List<String>> edges = one.getList("edges.collect { [it.from, it.to] }");
            edges.forEach(e -> {
                assertTrue(onPage.contains(e.get(0)), "an edge's response is on its page: " + e);
                assertTrue(included.contains(e.get(1)), "an edge's demand matches the filter: " + e);
            });
            paged.addAll(edges);
        }
        assertTrue(pages > 1);
        List<List<String>> all = whole.getList("edges.collect { [it.from, it.to] }");
        assertEquals(new HashSet<>(all), new HashSet<>(paged));
        assertEquals(all.size(), paged.size());
    }

    @Test
    void takesTheFiltersOfThePositionList() {
        given().when().get("/api/timeline?from=2022-03-01&to=2022-02-01")
                .then().statusCode(400).contentType("application/problem+json");
        given().when().get("/api/timeline?size=201").then().statusCode(400);
        given().when().get("/api/timeline?q=zzzunheardof")
                .then().statusCode(200).body("totalItems", equalTo(0)).body("edges.size()", equalTo(0));
    }
}
