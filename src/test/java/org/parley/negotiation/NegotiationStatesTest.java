package org.parley.negotiation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.Tokens.admin;
import static org.parley.Tokens.editor;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.Fixtures;

/**
 * Where a negotiation stands on each topic is kept by the writes that change it: an answer on another topic moves
 * its demand's topic, a changed answer or side moves it again, and a deleted demand takes it back. After each write
 * the kept rows equal the rules run from scratch, and the state read through the API shows them.
 */
@QuarkusTest
class NegotiationStatesTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    NegotiationStates states;

    @Test
    void writesToPositionsAndToTheNegotiationKeepItsTopicStates() throws SQLException {
        String east = Fixtures.party();
        String west = Fixtures.party();
        String demanded = Fixtures.topic();
        String offered = Fixtures.topic();
        String document = Fixtures.document();
        String negotiation = Fixtures.unique("talks");
        admin().contentType(ContentType.JSON).body(negotiation(negotiation, List.of(east), List.of(west),
                demanded, offered)).when().post("/api/negotiations").then().statusCode(201);
        assertKept(negotiation, Map.of(demanded, "QUIET", offered, "QUIET"));

        String demand = position(east, demanded, document, "DEMAND", null);
        assertKept(negotiation, Map.of(demanded, "QUIET", offered, "QUIET"));

        String answer = position(west, offered, document, "PROPOSAL", demand);
        assertKept(negotiation, Map.of(demanded, "MOVING", offered, "MOVING"));

        Fixtures.patch("/api/positions/" + answer, "{\"kind\": \"ACCEPTANCE\"}");
        assertKept(negotiation, Map.of(demanded, "AGREED", offered, "MOVING"));

        Fixtures.patch("/api/positions/" + answer, "{\"kind\": \"REJECTION\"}");
        assertKept(negotiation, Map.of(demanded, "DEADLOCKED", offered, "QUIET"));

        // On one side, the west's rejection is no answer to the east's demand.
        String etag = Fixtures.etag("/api/negotiations/" + negotiation);
        admin().contentType(ContentType.JSON).header("If-Match", etag).body(negotiation(negotiation,
                        List.of(east, west), List.of(Fixtures.party()), demanded, offered))
                .when().put("/api/negotiations/" + negotiation).then().statusCode(200);
        assertKept(negotiation, Map.of(demanded, "QUIET", offered, "QUIET"));

        etag = Fixtures.etag("/api/negotiations/" + negotiation);
        admin().contentType(ContentType.JSON).header("If-Match", etag).body(negotiation(negotiation,
                        List.of(east), List.of(west), demanded, offered))
                .when().put("/api/negotiations/" + negotiation).then().statusCode(200);
        assertKept(negotiation, Map.of(demanded, "DEADLOCKED", offered, "QUIET"));

        admin().header("If-Match", Fixtures.etag("/api/positions/" + demand)).when()
                .delete("/api/positions/" + demand + "?cascade=true").then().statusCode(204);
        assertKept(negotiation, Map.of(demanded, "QUIET", offered, "QUIET"));
    }

    @Test
    void aNegotiationWithoutKeptStatesGetsThemFilledIn() throws SQLException {
        String east = Fixtures.party();
        String west = Fixtures.party();
        String topic = Fixtures.topic();
        String negotiation = Fixtures.unique("talks");
        admin().contentType(ContentType.JSON).body(negotiation(negotiation, List.of(east), List.of(west), topic))
                .when().post("/api/negotiations").then().statusCode(201);
        String demand = position(east, topic, Fixtures.document(), "DEMAND", null);
        position(west, topic, Fixtures.document(), "REJECTION", demand);
        try (Connection connection = dataSource.getConnection(); var delete = connection.prepareStatement(
                "delete from negotiation_topic_state where negotiation_id = ?")) {
            delete.setString(1, negotiation);
            assertEquals(1, delete.executeUpdate());
            assertEquals(List.of(), NegotiationStateRows.maintained(connection, negotiation));
        }
        // As from a database written before the table: the read derives what is missing.
        assertEquals("DEADLOCKED", given().when().get("/api/negotiations/" + negotiation + "/state").then()
                .statusCode(200).extract().path("topics[0].state"));

        QuarkusTransaction.requiringNew().run(states::fillMissing);

        assertKept(negotiation, Map.of(topic, "DEADLOCKED"));
    }

    private void assertKept(String negotiation, Map<String, String> states) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertEquals(NegotiationStateRows.recomputed(connection, negotiation),
                    NegotiationStateRows.maintained(connection, negotiation));
        }
        Map<String, String> read = new HashMap<>();
        given().when().get("/api/negotiations/" + negotiation + "/state").then().statusCode(200).extract()
                .jsonPath().<Map<String, Object>>getList("topics")
                .forEach(t -> read.put((String) ((Map<?, ?>) t.get("topic")).get("id"), (String) t.get("state")));
        assertEquals(states, read);
    }

    private static Map<String, Object> negotiation(String id, List<String> one, List<String> other, String... topics) {
        return Map.of("id", id, "name", "Talks " + id, "sides", List.of(Map.of("name", "One", "parties", one),
                Map.of("name", "Other", "parties", other)), "topics", List.of(topics));
    }

    private static String position(String party, String topic, String document, String kind, String respondsTo) {
        String id = Fixtures.unique("position");
        Map<String, Object> body = new HashMap<>(Map.of("id", id, "party", party, "topic", topic, "kind", kind,
                "summary", "Said " + id + ".", "statedOn", "2022-01-10",
                "citations", List.of(Map.of("document", document, "quote", Fixtures.QUOTE))));
        if (respondsTo != null) {
            body.put("respondsTo", respondsTo);
        }
        editor().contentType(ContentType.JSON).body(body).when().post("/api/positions").then().statusCode(201);
        return id;
    }
}
