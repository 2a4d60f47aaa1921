package org.parley.negotiation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.parley.Tokens.admin;
import static org.parley.Tokens.editor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Negotiations are read by anyone and written by admins, with If-Match like the other resources. */
@QuarkusTest
class NegotiationResourceTest {

    private static final String SEED = "us-russia-security-talks-2022";

    @Test
    void theSeedNegotiationHasItsSidesTopicsAndDocuments() {
        given().when().get("/api/negotiations/" + SEED).then().statusCode(200)
                .body("sides", hasSize(2))
                .body("sides[0].parties.id", equalTo(List.of("russia")))
                .body("sides[1].parties.id", equalTo(List.of("united-states", "nato", "european-allies", "ukraine")))
                .body("topics.id", hasItem("nato-expansion"))
                .body("documents", hasSize(5));
        given().when().get("/api/negotiations").then().statusCode(200).body("items.id", hasItem(SEED));
    }

    @Test
    void adminsCreateChangeAndDeleteANegotiation() {
        String id = "test-talks-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = Map.of("id", id, "name", "Test talks", "sides", List.of(
                        Map.of("name", "East", "parties", List.of("russia")),
                        Map.of("name", "West", "parties", List.of("nato"))),
                "topics", List.of("crimea"));
        editor().contentType(ContentType.JSON).body(body).when().post("/api/negotiations").then().statusCode(403);
        String etag = admin().contentType(ContentType.JSON).body(body).when().post("/api/negotiations")
                .then().statusCode(201).header("Location", endsWith("/api/negotiations/" + id))
                .body("sides[1].name", equalTo("West")).extract().header("ETag");
        admin().contentType(ContentType.JSON).body(body).when().post("/api/negotiations").then().statusCode(409);
        admin().contentType("application/merge-patch+json").body("{\"name\": \"Renamed\"}")
                .when().patch("/api/negotiations/" + id).then().statusCode(428);
        String changed = admin().contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"name\": \"Renamed\", \"topics\": [\"crimea\", \"sanctions\"]}")
                .when().patch("/api/negotiations/" + id).then().statusCode(200)
                .body("name", equalTo("Renamed")).body("topics.id", equalTo(List.of("crimea", "sanctions")))
                .body("sides[0].parties.id", equalTo(List.of("russia"))).extract().header("ETag");
        admin().header("If-Match", etag).when().delete("/api/negotiations/" + id).then().statusCode(412);
        admin().header("If-Match", changed).when().delete("/api/negotiations/" + id).then().statusCode(204);
        given().when().get("/api/negotiations/" + id).then().statusCode(404);
        given().when().get("/api/parties/russia").then().statusCode(200);
    }

    @Test
    void unknownReferencesAndATwiceSeatedPartyAreRefused() {
        Map<String, Object> body = Map.of("id", "test-bad-talks", "name", "Bad", "sides", List.of(
                        Map.of("name", "A", "parties", List.of("russia", "no-such-party")),
                        Map.of("name", "B", "parties", List.of("russia"))),
                "topics", List.of("no-such-topic"), "documents", List.of("no-such-document"));
        admin().contentType(ContentType.JSON).body(body).when().post("/api/negotiations").then().statusCode(422)
                .body("errors.message", hasItem(containsString("no-such-party")))
                .body("errors.message", hasItem(containsString("listed more than once")))
                .body("errors.message", hasItem(containsString("no-such-topic")))
                .body("errors.message", hasItem(containsString("no-such-document")));
        Map<String, Object> oneSide = Map.of("id", "test-one-side", "name", "One", "sides", List.of(
                Map.of("name", "A", "parties", List.of("russia"))));
        admin().contentType(ContentType.JSON).body(oneSide).when().post("/api/negotiations").then().statusCode(422);
    }

    @Test
    void negotiationFiltersPositionsDemandsMatrixAndTimeline() {
        String id = "test-crimea-talks-" + UUID.randomUUID().toString().substring(0, 8);
        admin().contentType(ContentType.JSON).body(Map.of("id", id, "name", "Crimea talks", "sides", List.of(
                        Map.of("name", "East", "parties", List.of("russia")),
                        Map.of("name", "West", "parties", List.of("nato", "ukraine"))),
                "topics", List.of("crimea", "nato-expansion"))).when().post("/api/negotiations").then().statusCode(201);
        given().queryParam("negotiation", id).queryParam("size", 200).when().get("/api/positions").then()
                .statusCode(200)
                .body("items.party.id", everyItem(org.hamcrest.Matchers.in(List.of("russia", "nato", "ukraine"))))
                .body("items.topic.id", everyItem(org.hamcrest.Matchers.in(List.of("crimea", "nato-expansion"))))
                .body("items.id", hasItem("ru-warning-crimea-war"))
                .body("items.id", hasItem("nato-rejection-nato-non-expansion"))
                .body("items.id", not(hasItem("us-rejection-nato-non-expansion-guarantee")));
        given().queryParam("negotiation", id).when().get("/api/demands").then().statusCode(200)
                .body("items.demand.id", hasItem("ru-demand-nato-non-expansion"))
                .body("items.demand.topic.id", everyItem(org.hamcrest.Matchers.in(List.of("crimea",
                        "nato-expansion"))));
        given().queryParam("negotiation", id).when().get("/api/matrix").then().statusCode(200)
                .body("parties.id", equalTo(List.of("russia", "nato", "ukraine")))
                .body("topics.id", hasSize(2));
        given().queryParam("negotiation", id).when().get("/api/timeline").then().statusCode(200)
                .body("items.party.id", not(hasItem("united-states")));
        given().queryParam("negotiation", id).queryParam("party", "united-states").when().get("/api/positions")
                .then().statusCode(400).body("detail", containsString("not in the negotiation"));
        given().queryParam("negotiation", "no-such-talks").when().get("/api/timeline").then().statusCode(400);
    }
}
