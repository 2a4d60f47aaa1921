package org.parley.negotiation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the seed negotiation's state must show, read through the API. */
@QuarkusTest
class NegotiationStateTest {

    private static final String STATE = "/api/negotiations/us-russia-security-talks-2022/state";
    private static final String STANCES = "/api/negotiations/us-russia-security-talks-2022/stances";

    private static JsonPath state(String on) {
        var request = given();
        if (on != null) {
            request.queryParam("on", on);
        }
        return request.when().get(STATE).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> demand(JsonPath state, String id) {
        return state.getMap("topics.demands.flatten().find { it.demand.id == '" + id + "' }");
    }

    private static String topicState(JsonPath state, String topic) {
        return state.getString("topics.find { it.topic.id == '" + topic + "' }.state");
    }

    @Test
    void russiasDemandForNatoNonExpansionIsRejectedByTheUnitedStatesAndNato() {
        JsonPath state = state(null);
        Map<String, Object> d = demand(state, "ru-demand-nato-non-expansion");
        assertEquals("REJECTED", d.get("status"));
        assertEquals("DEMAND_REJECTED", d.get("rule"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> byParty = (List<Map<String, Object>>) d.get("byParty");
        Map<String, Object> statuses = new java.util.HashMap<>();
        byParty.forEach(p -> statuses.put((String) ((Map<?, ?>) p.get("party")).get("id"), p.get("status")));
        assertEquals("REJECTED", statuses.get("united-states"));
        assertEquals("REJECTED", statuses.get("nato"));
        byParty.forEach(p -> assertFalse(((List<?>) p.get("positions")).isEmpty(), "each status has its positions"));
    }

    @Test
    void itsDemandsOnMissilesInUkraineAndOnWesternExercisesAreCountered() {
        JsonPath state = state(null);
        assertEquals("COUNTERED", demand(state, "ru-demand-no-missiles-in-ukraine").get("status"));
        assertEquals("COUNTERED", demand(state, "ru-demand-curb-western-exercises").get("status"));
        assertEquals("DEMAND_COUNTERED", demand(state, "ru-demand-curb-western-exercises").get("rule"));
    }

    @Test
    void natoExpansionIsDeadlockedWhileMilitaryExercisesIsNot() {
        JsonPath state = state(null);
        assertEquals("DEADLOCKED", topicState(state, "nato-expansion"));
        assertNotEquals("DEADLOCKED", topicState(state, "military-exercises"));
        assertEquals("2022-02-02", state.getString("topics.find { it.topic.id == 'nato-expansion' }.lastMovement"));
    }

    @Test
    void atLeastOneStanceShiftIsFoundWithBothCitations() {
        JsonPath stances = given().when().get(STANCES).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> shifts = stances.getList("stances.shifts.flatten()");
        assertFalse(shifts.isEmpty());
        assertEquals("STANCE_SHIFT", shifts.get(0).get("rule"));
        assertEquals(2, ((List<?>) shifts.get(0).get("positions")).size());
        given().queryParam("party", "russia").queryParam("topic", "nato-expansion").when().get(STANCES)
                .then().statusCode(200).body("stances.party.id", everyItem(equalTo("russia")))
                .body("stances[0].shifts.size()", greaterThan(0))
                .body("stances[0].shifts[0].positions[1].citations.size()", greaterThan(0));
    }

    @Test
    void theEighthOfJanuaryShowsAnEarlierState() {
        JsonPath early = state("2022-01-08");
        JsonPath now = state(null);
        assertEquals("2022-01-08", early.getString("on"));
        assertEquals("OPEN", demand(early, "ru-demand-nato-non-expansion").get("status"));
        assertNotEquals(topicState(early, "nato-expansion"), topicState(now, "nato-expansion"));
        assertTrue(early.getList("topics.demands.flatten().byParty.flatten().positions.flatten().statedOn",
                String.class).stream().allMatch(d -> d.compareTo("2022-01-08") <= 0));
    }

    @Test
    void theStateIsCachedAndComesAsCsvToo() {
        String etag = given().when().get(STATE).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).when().get(STATE).then().statusCode(304);
        given().queryParam("format", "csv").when().get(STATE).then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .body(startsWith("topic_id,topic,state,rule,last_movement"))
                .body(containsString("nato-expansion,NATO expansion,DEADLOCKED,TOPIC_DEADLOCKED,2022-02-02"));
        given().queryParam("format", "csv").when().get(STANCES).then().statusCode(200)
                .body(startsWith("party_id,topic_id,position_id,kind,stated_on,shift_from"));
    }

    @Test
    void badParametersAreProblemsNotErrors() {
        given().queryParam("on", "8 January").when().get(STATE).then().statusCode(400);
        given().when().get("/api/negotiations/no-such-talks/state").then().statusCode(404);
        given().queryParam("party", "no-such-party").when().get(STANCES).then().statusCode(400)
                .body("detail", not(containsString("Exception")));
    }

    /** Prints the seed negotiation's state table for the README. */
    @Test
    void printsTheStateTable() {
        JsonPath state = state(null);
        JsonPath early = state("2022-01-08");
        StringBuilder table = new StringBuilder("| Topic | State | Last movement | State on 8 Jan 2022 | Demands |\n"
                + "|---|---|---|---|---|\n");
        List<Map<String, Object>> topics = state.getList("topics");
        for (int i = 0; i < topics.size(); i++) {
            String id = state.getString("topics[" + i + "].topic.id");
            List<String> demands = state.getList("topics[" + i + "].demands.collect { it.demand.id + ': ' + "
                    + "it.status }", String.class);
            table.append("| ").append(state.getString("topics[" + i + "].topic.name")).append(" | ")
                    .append(state.getString("topics[" + i + "].state")).append(" | ")
                    .append(String.valueOf(state.getString("topics[" + i + "].lastMovement")).replace("null", "—"))
                    .append(" | ")
                    .append(topicState(early, id)).append(" | ")
                    .append(String.join("; ", demands)).append(" |\n");
        }
        System.out.println("NEGOTIATION STATE TABLE\n" + table);
        assertTrue(table.toString().contains("DEADLOCKED"));
        assertTrue(state.getList("topics.state", String.class).contains("MOVING"), table.toString());
        given().when().get(STATE).then().body("topics.rule", hasItem("TOPIC_DEADLOCKED"));
    }
}
