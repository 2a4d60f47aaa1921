package org.parley.position;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DemandResourceTest {

    @Test
    void eachDemandEmbedsTheResponsesThatAnswerIt() {
        JsonPath page = given().when().get("/api/demands?size=200")
                .then().statusCode(200)
                .body("totalItems", greaterThan(0))
                .body("items.demand.kind", everyItem(equalTo("DEMAND")))
                .extract().jsonPath();
        List<Map<String, Object>> demands = page.getList("items");
        for (int i = 0; i < demands.size(); i++) {
            String id = page.getString("items[" + i + "].demand.id");
            List<String> answered = page.getList("items[" + i + "].responses.respondsTo.id", String.class);
            assertTrue(answered.stream().allMatch(id::equals), id + " embeds a response to something else");
            List<Integer> citations = page.getList("items[" + i + "].responses.collect { it.citations.size() }",
                    Integer.class);
            assertTrue(citations.stream().allMatch(n -> n > 0), id + " has a response without citations");
        }
    }

    /** The corpus's core promise: on each topic of the talks a Russian demand has a US or NATO answer. */
    @Test
    void aRussianDemandIsAnsweredByTheUsOrNatoOnEachTopicOfTheTalks() {
        JsonPath page = given().when().get("/api/demands?party=russia&size=200")
                .then().statusCode(200).extract().jsonPath();
        for (String topic : List.of("nato-expansion", "missile-deployments", "military-exercises", "sanctions")) {
            boolean answered = false;
            for (int i = 0; i < page.getList("items").size(); i++) {
                String demandTopic = page.getString("items[" + i + "].demand.topic.id");
                List<Map<String, Object>> responses = page.getList("items[" + i + "].responses");
                for (Map<String, Object> response : responses) {
                    String party = (String) ((Map<?, ?>) response.get("party")).get("id");
                    String responseTopic = (String) ((Map<?, ?>) response.get("topic")).get("id");
                    answered |= Set.of("united-states", "nato").contains(party)
                            && (topic.equals(demandTopic) || topic.equals(responseTopic));
                }
            }
            assertTrue(answered, "no US or NATO answer to a Russian demand on " + topic);
        }
    }

    @Test
    void getsOneDemandWithItsResponses() {
        String id = given().when().get("/api/demands?topic=nato-expansion&party=russia")
                .then().statusCode(200).extract().path("items[0].demand.id");
        given().when().get("/api/demands/" + id)
                .then().statusCode(200)
                .body("demand.id", equalTo(id))
                .body("responses.size()", greaterThan(0))
                .body("responses.respondsTo.id", everyItem(equalTo(id)));
    }

    @Test
    void aPositionThatIsNotADemandIsNotFoundAmongDemands() {
        String response = given().when().get("/api/responses?size=1")
                .then().statusCode(200).extract().path("items[0].id");
        given().when().get("/api/demands/" + response)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void responsesAreThePositionsThatAnswerAnother() {
        given().when().get("/api/responses?size=200")
                .then().statusCode(200)
                .body("totalItems", greaterThan(0))
                .body("items.respondsTo", everyItem(notNullValue()));
        given().when().get("/api/responses?party=nato&topic=force-posture")
                .then().statusCode(200)
                .body("totalItems", greaterThan(0))
                .body("items.party.id", everyItem(equalTo("nato")))
                .body("items.topic.id", everyItem(equalTo("force-posture")));
        List<String> demands = given().when().get("/api/responses?party=russia&size=200")
                .then().statusCode(200).extract().jsonPath().getList("items.respondsTo.party.id", String.class);
        assertFalse(demands.isEmpty());
    }
}
