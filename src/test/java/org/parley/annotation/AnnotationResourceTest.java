package org.parley.annotation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
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
import org.parley.Pages;

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
        given().when().get("/api/annotations?size=200").then().statusCode(200)
                .body("@context", equalTo(CONTEXT))
                .body("type", equalTo("AnnotationPage"))
                .body("items.type", everyItem(equalTo("Annotation")))
                .body("items.target.type", everyItem(equalTo("SpecificResource")));
        Map<String, String> texts = new HashMap<>();
        List<JsonPath> pages = Pages.ofAnnotations("/api/annotations");
        int checked = 0;
        for (JsonPath page : pages) {
            List<Map<String, Object>> items = page.getList("items");
            for (int i = 0; i < items.size(); i++, checked++) {
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
        assertEquals(pages.get(0).getLong("partOf.total"), checked);
    }

    @Test
    void holdsEveryCitationOfTheFilteredPositions() {
        String filter = "party=russia&topic=nato-expansion&topic=missile-deployments";
        List<JsonPath> positions = Pages.of("/api/positions?" + filter);
        List<Long> citations = Pages.list(positions, "items.citations.flatten().id", Long.class);
        List<JsonPath> pages = Pages.ofAnnotations("/api/annotations?" + filter);
        String base = pages.get(0).getString("partOf.id").replaceAll("/api/.*", "");
        List<String> expected = citations.stream().map(id -> base + "/api/annotations/" + id).toList();
        assertEquals(expected, Pages.list(pages, "items.id", String.class));
        assertEquals(citations.size(), pages.get(0).getInt("partOf.total"));
        Map<String, String> summaries = new HashMap<>();
        positions.forEach(page -> page.<Map<String, Object>>getList("items")
                .forEach(p -> summaries.put((String) p.get("id"), (String) p.get("summary"))));
        for (JsonPath page : pages) {
            for (int i = 0; i < page.getList("items").size(); i++) {
                String linked = page.getString("items[" + i + "].body.find { it.purpose == 'linking' }.source");
                String summary = page.getString("items[" + i + "].body.find { it.purpose == 'describing' }.value");
                assertEquals(summaries.get(linked.substring(linked.lastIndexOf('/') + 1)), summary);
            }
        }
    }

    @Test
    void aDocumentsAnnotationsAreThoseThatTargetIt() {
        String document = "003_ed864e143e290726";
        List<JsonPath> pages = Pages.ofAnnotations("/api/annotations?document=" + document);
        List<String> targeting = Pages.list(Pages.ofAnnotations("/api/annotations"),
                "items.findAll { it.target.source.id.contains('" + document + "') }.id", String.class);
        assertEquals(targeting, Pages.list(pages, "items.id", String.class));
        String title = given().get("/api/documents/" + document).jsonPath().getString("title");
        for (JsonPath page : pages) {
            assertThat(page.getList("items.target.source.id", String.class), everyItem(startsWith("http")));
            assertThat(page.getList("items.target.source.label", String.class), everyItem(equalTo(title)));
        }
    }

    @Test
    void pagesAreAnnotationPagesOfOneCollection() {
        List<String> all = Pages.list(Pages.ofAnnotations("/api/annotations"), "items.id", String.class);
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
