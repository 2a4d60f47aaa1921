package org.parley.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MatrixResourceTest {

    @Test
    void hasACellForEveryPartyAndTopicRowByRow() {
        List<String> parties = given().get("/api/parties?size=200").jsonPath().getList("items.id");
        List<String> topics = given().get("/api/topics?size=200").jsonPath().getList("items.id");
        JsonPath matrix = given().when().get("/api/matrix").then().statusCode(200).extract().jsonPath();

        List<String> rows = matrix.getList("parties.id");
        List<String> columns = matrix.getList("topics.id");
        assertEquals(parties.stream().sorted().toList(), rows.stream().sorted().toList());
        assertEquals(topics.stream().sorted().toList(), columns.stream().sorted().toList());
        List<Map<String, Object>> cells = matrix.getList("cells");
        assertEquals(rows.size() * columns.size(), cells.size());
        for (int i = 0; i < cells.size(); i++) {
            assertEquals(rows.get(i / columns.size()), matrix.getString("cells[" + i + "].party.id"));
            assertEquals(columns.get(i % columns.size()), matrix.getString("cells[" + i + "].topic.id"));
        }
    }

    @Test
    void eachCellHoldsThePairsLatestPositionWithItsCounts() {
        JsonPath matrix = given().when().get("/api/matrix").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> cells = matrix.getList("cells");
        int filled = 0;
        for (int i = 0; i < cells.size(); i++) {
            String cell = "cells[" + i + "]";
            String party = matrix.getString(cell + ".party.id");
            String topic = matrix.getString(cell + ".topic.id");
            JsonPath pair = given().queryParam("party", party).queryParam("topic", topic).queryParam("size", 200)
                    .when().get("/api/positions").then().statusCode(200).extract().jsonPath();
            assertEquals(pair.getLong("totalItems"), matrix.getLong(cell + ".positions"), party + "/" + topic);
            List<Map<String, Object>> positions = pair.getList("items");
            if (positions.isEmpty()) {
                assertNull(matrix.get(cell + ".latest"), party + "/" + topic);
                continue;
            }
            filled++;
            Map<String, Object> latest = positions.stream().max(Comparator
                    .comparing((Map<String, Object> p) -> (String) p.get("statedOn"))
                    .thenComparing(p -> (String) p.get("id"))).orElseThrow();
            String id = (String) latest.get("id");
            assertEquals(id, matrix.getString(cell + ".latest.id"), party + "/" + topic);
            assertEquals(latest.get("kind"), matrix.getString(cell + ".latest.kind"));
            assertEquals(latest.get("statedOn"), matrix.getString(cell + ".latest.statedOn"));
            assertEquals(latest.get("summary"), matrix.getString(cell + ".latest.summary"));
            assertEquals("/api/positions/" + id, matrix.getString(cell + ".latest.url"));
            List<String> documents = pair.getList("items.find { it.id == '" + id + "' }.citations.document.id");
            assertEquals(documents.size(), matrix.getInt(cell + ".latest.citations"));
            assertEquals(documents.stream().distinct().count(), matrix.getLong(cell + ".latest.documents"));
            assertEquals(pair.getString("items.find { it.id == '" + id + "' }.respondsTo.id"),
                    matrix.getString(cell + ".latest.respondsTo"));
        }
        assertTrue(filled > 5, "the seeds fill several cells");
        assertTrue(filled < cells.size(), "the seeds leave some cells empty");
    }

    @Test
    void filtersRowsAndColumnsInTheOrderAsked() {
        given().when().get("/api/matrix?party=russia&party=nato&topic=nato-expansion&topic=missile-deployments")
                .then().statusCode(200)
                .body("parties.id", contains("russia", "nato"))
                .body("topics.id", contains("nato-expansion", "missile-deployments"))
                .body("cells", hasSize(4))
                .body("cells.party.id", contains("russia", "russia", "nato", "nato"))
                .body("cells.topic.id", contains("nato-expansion", "missile-deployments", "nato-expansion",
                        "missile-deployments"));
        String whole = given().get("/api/matrix").jsonPath()
                .getString("cells.find { it.party.id == 'russia' && it.topic.id == 'nato-expansion' }.latest.id");
        given().when().get("/api/matrix?party=russia&topic=nato-expansion")
                .then().statusCode(200).body("cells[0].latest.id", equalTo(whole));
    }

    @Test
    void anUnknownPartyOrTopicIsABadRequest() {
        given().when().get("/api/matrix?party=atlantis&topic=nato-expansion&topic=weather")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("party"))
                .body("errors[0].message", equalTo("no party with id 'atlantis'"));
        given().when().get("/api/matrix?topic=weather")
                .then().statusCode(400).body("errors[0].message", equalTo("no topic with id 'weather'"));
    }
}
