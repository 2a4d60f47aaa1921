package org.parley.topic;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TopicResourceTest {

    @Test
    void listsAtLeastTheFourTopicsOfTheTalks() {
        given().when().get("/api/topics?size=200")
                .then().statusCode(200)
                .body("items.id", hasItems("nato-expansion", "missile-deployments", "military-exercises", "sanctions"));
    }

    @Test
    void getsOneTopic() {
        given().when().get("/api/topics/sanctions")
                .then().statusCode(200)
                .body("id", equalTo("sanctions"))
                .body("name", equalTo("Sanctions"))
                .body("description", notNullValue());
    }

    @Test
    void listsOnlyPositionsOnTheTopic() {
        given().when().get("/api/topics/missile-deployments/positions?party=russia")
                .then().statusCode(200)
                .body("totalItems", greaterThan(0))
                .body("items.topic.id", everyItem(equalTo("missile-deployments")))
                .body("items.party.id", everyItem(equalTo("russia")));
    }

    @Test
    void answersAnUnknownTopicWith404() {
        given().when().get("/api/topics/weather")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("instance", equalTo("/api/topics/weather"));
    }
}
