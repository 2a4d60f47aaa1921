package org.parley.party;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PartyResourceTest {

    @Test
    void listsTheNegotiatingPartiesWithTheirAliases() {
        given().when().get("/api/parties?size=200")
                .then().statusCode(200)
                .body("items.id", hasItems("united-states", "russia", "nato", "ukraine"))
                .body("items.find { it.id == 'russia' }.aliases", hasItems("Moscow", "the Kremlin"))
                .body("items.find { it.id == 'united-states' }.aliases", hasItem("Washington"))
                .body("items.find { it.id == 'nato' }.kind", equalTo("ALLIANCE"))
                .body("totalItems", greaterThan(3));
    }

    @Test
    void getsOnePartyWithItsRepresentatives() {
        given().when().get("/api/parties/russia")
                .then().statusCode(200)
                .body("id", equalTo("russia"))
                .body("name", equalTo("Russia"))
                .body("kind", equalTo("STATE"))
                .body("representatives.id", hasItem("vladimir-putin"))
                .body("version", notNullValue());
    }

    @Test
    void listsOnlyThePartysOwnPositions() {
        given().when().get("/api/parties/ukraine/positions")
                .then().statusCode(200)
                .body("totalItems", greaterThan(0))
                .body("items.party.id", everyItem(equalTo("ukraine")));
    }

    @Test
    void answersAnUnknownPartyWithProblemDetails() {
        given().when().get("/api/parties/atlantis")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", equalTo("No party with id 'atlantis'."));
        given().when().get("/api/parties/atlantis/positions")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }
}
