package org.parley.cache;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.parley.Fixtures;

/**
 * A kept read of a position, or of a pair's positions, is served from memory across writes to other positions, and
 * is rendered again after a write to what it shows: the position, its pair, or the position it answers.
 */
@QuarkusTest
class ScopedReadsTest {

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void aPositionsReadOutlivesAWriteToAnotherPosition() {
        String kept = Fixtures.position();
        String other = Fixtures.position();
        String body = given().get("/api/positions/" + kept).then().statusCode(200).extract().asString();
        patchSummary(other, "Changed elsewhere.");
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        assertEquals(body, given().get("/api/positions/" + kept).then().statusCode(200).extract().asString());
        assertEquals(0, statistics.getPrepareStatementCount(), "served from memory, not the database");
        patchSummary(kept, "Changed here.");
        given().get("/api/positions/" + kept).then().statusCode(200).body("summary", equalTo("Changed here."));
        assertTrue(statistics.getPrepareStatementCount() > 0);
    }

    @Test
    void aPairsListShowsANewSummaryOfThePositionsItsPositionsAnswer() {
        String document = Fixtures.document();
        String demand = Fixtures.position(Fixtures.party(), Fixtures.topic(), document, "Asked first.");
        String party = Fixtures.party();
        String topic = Fixtures.topic();
        String answer = Fixtures.response(party, topic, document, demand);
        String list = "/api/positions?party=" + party + "&topic=" + topic;
        given().get(list).then().statusCode(200).body("items[0].respondsTo.summary", equalTo("Asked first."));
        given().get("/api/positions/" + answer).then().statusCode(200)
                .body("respondsTo.summary", equalTo("Asked first."));
        patchSummary(demand, "Asked again.");
        given().get(list).then().statusCode(200).body("items[0].respondsTo.summary", equalTo("Asked again."));
        given().get("/api/positions/" + answer).then().statusCode(200)
                .body("respondsTo.summary", equalTo("Asked again."));
    }

    @Test
    void aPairsListShowsAPositionMovedIntoIt() {
        String party = Fixtures.party();
        String topic = Fixtures.topic();
        String list = "/api/positions?party=" + party + "&topic=" + topic;
        given().get(list).then().statusCode(200).body("totalItems", equalTo(0));
        String moved = Fixtures.position();
        Fixtures.patch("/api/positions/" + moved, "{\"party\": \"" + party + "\", \"topic\": \"" + topic + "\"}");
        given().get(list).then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].id", equalTo(moved));
    }

    private static void patchSummary(String id, String summary) {
        Fixtures.patch("/api/positions/" + id, "{\"summary\": \"" + summary + "\"}");
    }
}
