package org.parley.annotation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AnnotationResourceTest {

    static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";

    @Test
    void servesJsonLdWithTheAnnotationProfile() {
        String type = given().when().get("/api/annotations").then().statusCode(200).extract().contentType();
        assertEquals("application/ld+json;profile=\"" + CONTEXT + "\"", type.replace(" ", ""));
        given().accept("application/json").when().get("/api/annotations").then().statusCode(200)
                .contentType("application/json").body("type", equalTo("AnnotationPage"));
    }

    @Test
    void everySelectorMatchesItsDocumentsText() {
        JsonPath page = given().when().get("/api/annotations?size=200").then().statusCode(200)
                .body("@context", equalTo(CONTEXT))
                .body("type", equalTo("AnnotationPage"))
                .body("items.type", everyItem(equalTo("Annotation")))
                .body("items.target.type", everyItem(equalTo("SpecificResource")))
                .extract().jsonPath();
        Map<String, String> texts = new HashMap<>();
        List<Map<String, Object>> items = page.getList("items");
        assertEquals(page.getLong("partOf.total"), items.size());
        for (int i = 0; i < items.size(); i++) {
            String at = "items[" + i + "].target.";
            String source = page.getString(at + "source.id");
            String text = texts.computeIfAbsent(source, url -> given().get(url).then().statusCode(200)
                    .extract().asString());
            String exact = page.getString(at + "selector.find { it.type == 'TextQuoteSelector' }.exact");
            String prefix = page.getString(at + "selector.find { it.type == 'TextQuoteSelector' }.prefix");
            String suffix = page.getString(at + "selector.find { it.type == 'TextQuoteSelector' }.suffix");
            int start = page.getInt(at + "selector.find { it.type == 'TextPositionSelector' }.start");
            int end = page.getInt(at + "selector.find { it.type == 'TextPositionSelector' }.end");
            int[] cp = text.codePoints().toArray();
            assertEquals(new String(cp, start, end - start), exact, source);
            assertEquals(new String(cp, Math.max(0, start - 32), Math.min(32, start)), prefix, source);
            assertEquals(new String(cp, end, Math.min(32, cp.length - end)), suffix, source);
        }
    }

    @Test
    void holdsEveryCitationOfTheFilteredPositions() {
        String filter = "party=russia&topic=nato-expansion&topic=missile-deployments";
        JsonPath positions = given().get("/api/positions?size=200&" + filter).jsonPath();
        List<Long> citations = positions.getList("items.citations.flatten().id", Long.class);
        JsonPath page = given().when().get("/api/annotations?size=200&" + filter).then().statusCode(200)
                .extract().jsonPath();
        List<String> expected = citations.stream().map(id -> page.getString("partOf.id").replaceAll("/api/.*", "")
                + "/api/annotations/" + id).toList();
        assertEquals(expected, page.getList("items.id"));
        assertEquals(citations.size(), page.getInt("partOf.total"));
        for (int i = 0; i < citations.size(); i++) {
            String linked = page.getString("items[" + i + "].body.find { it.purpose == 'linking' }.source");
            String summary = page.getString("items[" + i + "].body.find { it.purpose == 'describing' }.value");
            String positionId = linked.substring(linked.lastIndexOf('/') + 1);
            assertEquals(positions.getString("items.find { it.id == '" + positionId + "' }.summary"), summary);
        }
    }

    @Test
    void aDocumentsAnnotationsAreThoseThatTargetIt() {
        String document = "003_ed864e143e290726";
        given().when().get("/api/annotations?size=200&document=" + document).then().statusCode(200)
                .body("items.size()", equalTo(given().get("/api/annotations?size=200").jsonPath()
                        .getList("items.findAll { it.target.source.id.contains('" + document + "') }").size()))
                .body("items.target.source.id", everyItem(startsWith("http")))
                .body("items.target.source.label", everyItem(equalTo(given().get("/api/documents/" + document)
                        .jsonPath().getString("title"))));
    }

    @Test
    void pagesAreAnnotationPagesOfOneCollection() {
        List<String> all = given().get("/api/annotations?size=200").jsonPath().getList("items.id");
        List<String> walked = new ArrayList<>();
        String next = "/api/annotations?size=20";
        String collection = null;
        while (next != null) {
            JsonPath page = given().when().get(next).then().statusCode(200).extract().jsonPath();
            assertEquals(walked.size(), page.getInt("startIndex"));
            assertEquals(all.size(), page.getInt("partOf.total"));
            collection = collection == null ? page.getString("partOf.id") : collection;
            assertEquals(collection, page.getString("partOf.id"));
            if (walked.isEmpty()) {
                assertNull(page.get("prev"));
                assertEquals(page.getString("id"), page.getString("partOf.first"));
            }
            walked.addAll(page.getList("items.id"));
            next = page.getString("next");
            if (next == null) {
                assertEquals(page.getString("id"), page.getString("partOf.last"));
            }
        }
        assertEquals(all, walked);
        assertTrue(all.size() > 20);
    }

    @Test
    void anAnnotationsIdDereferencesToIt() {
        JsonPath page = given().get("/api/annotations?size=3").jsonPath();
        for (Map<String, Object> item : page.<Map<String, Object>>getList("items")) {
            Response single = given().when().get((String) item.get("id"));
            single.then().statusCode(200).body("@context", equalTo(CONTEXT))
                    .body("motivation", equalTo("describing"))
                    .body("body.purpose", hasItems("describing", "tagging", "linking"))
                    .body("body.find { it.purpose == 'linking' }.type", equalTo("SpecificResource"))
                    .body("body.find { it.purpose == 'linking' }.source", containsString("/api/positions/"));
            Map<String, Object> withoutContext = new HashMap<>(single.jsonPath().getMap(""));
            withoutContext.remove("@context");
            assertEquals(item, withoutContext);
        }
        given().when().get("/api/annotations/999999999").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/annotations/not-a-number").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
