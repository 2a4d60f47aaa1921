package org.parley.csv;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.equalToIgnoringCase;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.Fixtures;

/** The CSV of a list is its JSON, flattened: read back with an RFC 4180 reader, it says the same thing. */
@QuarkusTest
class CsvRepresentationTest {

    static final List<String> POSITION_HEADER = List.of("position_id", "stated_on", "party_id", "party_name",
            "topic_id", "topic_name", "kind", "summary", "speaker_id", "speaker_name", "responds_to_id",
            "citation_id", "document_id", "document_title", "document_outlet", "document_published_on", "quote",
            "start", "end", "span_url", "source_url", "anchor_status",
            "anchor_revision");

    @Test
    void formatCsvAndAcceptTextCsvAnswerTheSameUtf8Csv() {
        Response byParameter = given().when().get("/api/positions?party=russia&format=csv");
        Response byHeader = given().accept("text/csv").when().get("/api/positions?party=russia");
        for (Response r : List.of(byParameter, byHeader)) {
            r.then().statusCode(200)
                    .contentType(equalToIgnoringCase("text/csv; charset=UTF-8; header=present"))
                    .header("Vary", containsString("Accept"));
        }
        assertEquals(byHeader.asString(), byParameter.asString());
        assertTrue(Arrays.equals(byHeader.asByteArray(), byHeader.asString().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void jsonStaysTheDefault() {
        given().when().get("/api/positions").then().statusCode(200).contentType("application/json");
        given().accept("*/*").when().get("/api/matrix").then().statusCode(200).contentType("application/json");
        given().when().get("/api/positions?format=json").then().statusCode(200).contentType("application/json");
    }

    @Test
    void positionsHaveOneRowPerPositionAndCitation() {
        JsonPath json = given().get("/api/positions?size=200").jsonPath();
        List<List<String>> csv = csv("/api/positions?size=200&format=csv");
        assertEquals(POSITION_HEADER, csv.get(0));
        assertEquals(positionRows(json, "items"), csv.subList(1, csv.size()));
    }

    @Test
    void responsesTakeTheSameFiltersAsTheirJson() {
        String filter = "party=united-states&topic=nato-expansion&topic=missile-deployments";
        JsonPath json = given().get("/api/responses?" + filter).jsonPath();
        List<List<String>> csv = csv("/api/responses?format=csv&" + filter);
        assertTrue(json.getList("items").size() > 1);
        assertEquals(POSITION_HEADER, csv.get(0));
        assertEquals(positionRows(json, "items"), csv.subList(1, csv.size()));
    }

    @Test
    void pagesLikeTheJson() {
        Response page = given().when().get("/api/positions?format=csv&size=5&page=2");
        page.then().statusCode(200)
                .header("X-Total-Count", given().get("/api/positions").jsonPath().getString("totalItems"))
                .header("Link", containsString("format=csv&size=5&page=3>; rel=\"next\""));
        JsonPath json = given().get("/api/positions?size=5&page=2").jsonPath();
        assertEquals(positionRows(json, "items"), Rfc4180.parse(page.asString()).subList(1, 1 + rowCount(json)));
    }

    @Test
    void theMatrixHasOneRowPerCell() {
        JsonPath json = given().get("/api/matrix?party=russia&party=united-states").jsonPath();
        List<List<String>> csv = csv("/api/matrix?party=russia&party=united-states&format=csv");
        assertEquals(List.of("party_id", "party_name", "topic_id", "topic_name", "positions", "position_id", "kind",
                "stated_on", "summary", "responds_to_id", "citations", "documents", "position_url"), csv.get(0));
        List<Map<String, Object>> cells = json.getList("cells");
        assertEquals(cells.size(), csv.size() - 1);
        for (int i = 0; i < cells.size(); i++) {
            String at = "cells[" + i + "].";
            boolean empty = json.get(at + "latest") == null;
            assertEquals(cells(json.get(at + "party.id"), json.get(at + "party.name"), json.get(at + "topic.id"),
                    json.get(at + "topic.name"), json.get(at + "positions"), json.get(at + "latest.id"),
                    json.get(at + "latest.kind"), json.get(at + "latest.statedOn"), json.get(at + "latest.summary"),
                    json.get(at + "latest.respondsTo"), json.get(at + "latest.citations"),
                    json.get(at + "latest.documents"), empty ? null : base() + json.getString(at + "latest.url")),
                    csv.get(i + 1));
        }
    }

    @Test
    void theTimelineAddsTheEdgeOfEachResponse() {
        String demandTopic = Fixtures.topic();
        String answerTopic = Fixtures.topic();
        String demand = Fixtures.position(Fixtures.party(), demandTopic, Fixtures.document(), "A demand of its own.");
        Fixtures.position(Fixtures.party(), answerTopic, Fixtures.document(), "Unanswered.");
        Fixtures.response(Fixtures.party(), answerTopic, Fixtures.document(), demand);
        String filter = "topic=" + demandTopic + "&topic=" + answerTopic;
        JsonPath json = given().get("/api/timeline?" + filter).jsonPath();
        List<List<String>> csv = csv("/api/timeline?format=csv&" + filter);
        assertEquals("edge_to", csv.get(0).get(POSITION_HEADER.size()));
        List<List<String>> expected = new ArrayList<>();
        List<String> ids = json.getList("items.id");
        for (int i = 0; i < ids.size(); i++) {
            String edge = json.getString("edges.find { it.from == '" + ids.get(i) + "' }.to");
            for (List<String> row : positionRows(json, "items[" + i + "]")) {
                List<String> withEdge = new ArrayList<>(row);
                withEdge.add(edge == null ? "" : edge);
                expected.add(withEdge);
            }
        }
        assertTrue(expected.stream().anyMatch(r -> !r.get(r.size() - 1).isEmpty()));
        assertTrue(expected.stream().anyMatch(r -> r.get(r.size() - 1).isEmpty()));
        assertEquals(expected, csv.subList(1, csv.size()));
    }

    @Test
    void badRequestsAreStillProblemDetails() {
        given().when().get("/api/positions?format=csv&size=999")
                .then().statusCode(400).contentType("application/problem+json");
        given().when().get("/api/positions?format=xml")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("format"));
        given().when().get("/api/parties?format=csv")
                .then().statusCode(406).contentType("application/problem+json")
                .body("title", startsWith("Not Acceptable"));
    }

    private static List<List<String>> csv(String path) {
        Response response = given().when().get(path);
        response.then().statusCode(200).contentType(startsWith("text/csv"));
        return Rfc4180.parse(response.asString());
    }

    /** The CSV rows the JSON position(s) at {@code path} should become. */
    private static List<List<String>> positionRows(JsonPath json, String path) {
        Object at = json.get(path);
        List<?> positions = at instanceof List<?> list ? list : List.of(at);
        List<List<String>> rows = new ArrayList<>();
        for (Object o : positions) {
            Map<?, ?> p = (Map<?, ?>) o;
            for (Object c : (List<?>) p.get("citations")) {
                Map<?, ?> citation = (Map<?, ?>) c;
                Map<?, ?> document = (Map<?, ?>) citation.get("document");
                rows.add(cells(p.get("id"), p.get("statedOn"), get(p, "party", "id"), get(p, "party", "name"),
                        get(p, "topic", "id"), get(p, "topic", "name"), p.get("kind"), p.get("summary"),
                        get(p, "speaker", "id"), get(p, "speaker", "name"), get(p, "respondsTo", "id"),
                        citation.get("id"), document.get("id"), document.get("title"), document.get("outlet"),
                        document.get("publishedOn"), citation.get("quote"), citation.get("start"),
                        citation.get("end"), base() + citation.get("spanUrl"), citation.get("sourceUrl"),
                        get(citation, "anchor", "status"), get(citation, "anchor", "revision")));
            }
        }
        return rows;
    }

    private static int rowCount(JsonPath json) {
        return json.<List<?>>getList("items.citations").stream().mapToInt(List::size).sum();
    }

    private static Object get(Map<?, ?> p, String field, String inner) {
        Map<?, ?> value = (Map<?, ?>) p.get(field);
        return value == null ? null : value.get(inner);
    }

    /** What each value looks like in a CSV cell, formulas neutralised. */
    private static List<String> cells(Object... values) {
        return Arrays.stream(values).map(v -> {
            String text = v == null ? "" : v.toString();
            return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        }).toList();
    }

    private static String base() {
        return RestAssured.baseURI + ":" + RestAssured.port;
    }
}
