package org.parley.position;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PositionResourceTest {

    @Test
    void everyPositionCarriesAtLeastOneCitation() {
        given().when().get("/api/positions?size=200")
                .then().statusCode(200)
                .body("totalItems", greaterThanOrEqualTo(30))
                .body("items.collect { it.citations.size() }", everyItem(greaterThan(0)));
    }

    @Test
    void aListShowsEachPositionAsFullyAsItsOwnResource() {
        List<Map<String, Object>> listed = given().when().get("/api/positions?size=200")
                .then().statusCode(200).extract().jsonPath().getList("items");
        for (Map<String, Object> position : listed) {
            Map<String, Object> single = given().when().get("/api/positions/" + position.get("id"))
                    .then().statusCode(200).extract().jsonPath().getMap("");
            assertEquals(single, position);
        }
    }

    @Test
    void filtersByPartyTopicAndKind() {
        given().when().get("/api/positions?party=russia&topic=nato-expansion&kind=DEMAND")
                .then().statusCode(200)
                .body("totalItems", greaterThan(0))
                .body("items.party.id", everyItem(equalTo("russia")))
                .body("items.topic.id", everyItem(equalTo("nato-expansion")))
                .body("items.kind", everyItem(equalTo("DEMAND")));
    }

    @Test
    void repeatedFiltersMeanAnyOfThem() {
        given().when().get("/api/positions?party=nato&party=ukraine&size=200")
                .then().statusCode(200)
                .body("items.party.id", everyItem(is(oneOf("nato", "ukraine"))))
                .body("items.party.id.unique()", hasSize(2));
    }

    @Test
    void filtersBySpeakerAndDocument() {
        given().when().get("/api/positions?speaker=antony-blinken")
                .then().statusCode(200)
                .body("totalItems", greaterThan(0))
                .body("items.speaker.id", everyItem(equalTo("antony-blinken")));
        given().when().get("/api/positions?document=003_ed864e143e290726&size=200")
                .then().statusCode(200)
                .body("totalItems", greaterThan(0))
                .body("items.collect { p -> p.citations.any { it.document.id == '003_ed864e143e290726' } }",
                        everyItem(equalTo(true)));
    }

    @Test
    void searchesWordsAndTheirOtherFormsInSummariesAndQuotesInAnyCase() {
        // "Sanction" finds every form of the word (sanctions, sanctioned), as analysts expect.
        JsonPath found = given().when().get("/api/positions?q=Sanction+RUSSIA&size=200")
                .then().statusCode(200).body("totalItems", greaterThan(0)).extract().jsonPath();
        for (Map<String, Object> position : found.<Map<String, Object>>getList("items")) {
            String haystack = (position.get("summary") + " " + position.get("citations")).toLowerCase(Locale.ROOT);
            assertTrue(haystack.contains("sanction") && haystack.contains("russia"), position.get("id").toString());
        }
        assertTrue(found.<String>getList("items.summary").stream().anyMatch(s -> s.contains("sanctions")));
        given().when().get("/api/positions?q=zzzunheardof")
                .then().statusCode(200).body("totalItems", equalTo(0)).body("items", hasSize(0));
    }

    @Test
    void filtersByDateRange() {
        given().when().get("/api/positions?from=2022-02-01&to=2022-02-28&size=200")
                .then().statusCode(200)
                .body("totalItems", greaterThan(0))
                .body("items.statedOn", everyItem(both("2022-02-01", "2022-02-28")));
        given().when().get("/api/positions?from=2022-03-01&to=2022-02-01")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void pagesAreStableAndAddUpToTheWholeList() {
        List<Map<String, Object>> all = given().when().get("/api/positions?size=200")
                .then().statusCode(200).extract().jsonPath().getList("items");
        List<Map<String, Object>> paged = new ArrayList<>();
        int pages = (all.size() + 6) / 7;
        for (int page = 1; page <= pages; page++) {
            Response response = given().when().get("/api/positions?size=7&page=" + page);
            response.then().statusCode(200)
                    .header("X-Total-Count", String.valueOf(all.size()))
                    .header("Link", containsString("rel=\"last\""))
                    .body("totalPages", equalTo(pages))
                    .body("page", equalTo(page));
            if (page < pages) {
                response.then().header("Link", containsString("size=7&page=" + (page + 1) + ">; rel=\"next\""));
            } else {
                response.then().header("Link", not(containsString("rel=\"next\"")));
            }
            paged.addAll(response.jsonPath().getList("items"));
        }
        assertEquals(ids(all), ids(paged));
        List<Map<String, Object>> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.<Map<String, Object>, String>comparing(p -> (String) p.get("statedOn"))
                .thenComparing(p -> (String) p.get("id")));
        assertEquals(ids(sorted), ids(all), "ordered by statedOn, then id");
    }

    @Test
    void aPageBeyondTheLastIsEmpty() {
        given().when().get("/api/positions?page=999")
                .then().statusCode(200).body("items", hasSize(0)).body("page", equalTo(999));
    }

    @Test
    void getsOnePositionWithItsCitations() {
        String id = given().when().get("/api/positions?kind=DEMAND&size=1")
                .then().statusCode(200).extract().path("items[0].id");
        given().when().get("/api/positions/" + id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("kind", equalTo("DEMAND"))
                .body("citations.size()", greaterThan(0))
                .body("citations[0].spanUrl", containsString("/text?char="));
        given().when().get("/api/positions/no-such-position")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static org.hamcrest.Matcher<String> both(String from, String to) {
        return org.hamcrest.Matchers.allOf(greaterThanOrEqualTo(from), lessThanOrEqualTo(to));
    }

    private static List<Object> ids(List<Map<String, Object>> positions) {
        return positions.stream().map(p -> p.get("id")).toList();
    }
}
