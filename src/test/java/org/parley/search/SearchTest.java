package org.parley.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.Tokens.admin;
import static org.parley.Tokens.editor;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.lucene.index.QueryTimeout;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SearchTest {

    private static String unique() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static List<String> ids(String q) {
        return given().queryParam("q", q).queryParam("size", 200).when().get("/api/positions").then()
                .statusCode(200).extract().jsonPath().getList("items.id");
    }

    private static long found(String q) {
        return given().queryParam("q", q).when().get("/api/positions").then().statusCode(200)
                .extract().jsonPath().getLong("totalItems");
    }

    @Test
    void aPhraseInTheTextsComesBackAsCitableSpans() {
        JsonPath hits = given().queryParam("q", "\"reciprocal restrictions\"").when().get("/api/search")
                .then().statusCode(200).header("X-Total-Count", "3").extract().jsonPath();
        List<Map<String, Object>> items = hits.getList("items");
        assertEquals(3, items.size());
        for (int i = 0; i < items.size(); i++) {
            String id = hits.getString("items[" + i + "].document.id");
            Map<String, Object> passage = hits.getMap("items[" + i + "].passages[0]");
            int start = (Integer) passage.get("start");
            int end = (Integer) passage.get("end");
            assertEquals("reciprocal restrictions", passage.get("quote"));
            String span = given().accept("text/plain").when()
                    .get("/api/documents/" + id + "/text?char=" + start + "," + end).then().statusCode(200)
                    .extract().asString();
            assertEquals(passage.get("quote"), span);
            String text = given().accept("text/plain").when().get("/api/documents/" + id + "/text").asString();
            int from = text.offsetByCodePoints(0, start);
            String before = text.substring(0, from);
            assertEquals(before.substring(before.offsetByCodePoints(before.length(), -32)), passage.get("prefix"));
            Map<String, Object> snippet = hits.getMap("items[" + i + "].passages[0].snippet");
            String shown = (String) snippet.get("text");
            List<Map<String, Integer>> marks = hits.getList("items[" + i + "].passages[0].snippet.highlights");
            assertTrue(marks.stream().anyMatch(m -> shown.substring(shown.offsetByCodePoints(0, m.get("start")),
                    shown.offsetByCodePoints(0, m.get("end"))).equals("reciprocal restrictions")), shown);
        }
    }

    @Test
    void aSpanFoundCanBeCitedAndIsThenShownAsCited() {
        String word = unique();
        JsonPath hit = given().queryParam("q", "\"hit Russia hard\"").queryParam("document", "001_949e2e32b0da38f4")
                .when().get("/api/search").then().statusCode(200).extract().jsonPath();
        Map<String, Object> passage = hit.getMap("items[0].passages[0]");
        String id = "search-cite-" + word;
        editor().contentType("application/json").body("""
                {"id": "%s", "party": "united-states", "topic": "sanctions", "kind": "WARNING",
                 "summary": "Cited from a search %s.", "statedOn": "2022-01-08",
                 "citations": [{"document": "001_949e2e32b0da38f4", "quote": "%s", "start": %d, "end": %d,
                                "prefix": "%s", "suffix": "%s"}]}
                """.formatted(id, word, passage.get("quote"), passage.get("start"), passage.get("end"),
                passage.get("prefix"), passage.get("suffix"))).when().post("/api/positions").then().statusCode(201);
        given().queryParam("q", "\"hit Russia hard\"").queryParam("document", "001_949e2e32b0da38f4")
                .when().get("/api/search").then().statusCode(200).body("items[0].passages[0].citedBy", hasItem(id));
    }

    @Test
    void documentFiltersNarrowTheSearch() {
        given().queryParam("q", "missile").queryParam("from", "2022-02-01").when().get("/api/search")
                .then().statusCode(200).body("items.document.publishedOn",
                        org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.greaterThanOrEqualTo("2022-02-01")));
        given().queryParam("q", "missile").queryParam("outlet", "no such outlet").when().get("/api/search")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void wordsFindTheirOtherFormsPrefixesPhrasesAndBooleans() {
        assertTrue(found("sanction") > 0);
        assertEquals(found("sanction"), found("sanctions"));
        assertTrue(found("missil*") >= found("missile"));
        assertTrue(found("missile") > 0);
        assertTrue(found("missile OR sanctions") >= found("missile") + found("sanctions") - found("missile AND sanctions"));
        assertEquals(found("missile") - found("missile AND sanctions"), found("missile NOT sanctions"));
        assertTrue(found("\"economic sanctions\"") <= found("economic sanctions"));
        assertTrue(found("\"economic sanctions\"") > 0);
    }

    @Test
    void prefixesMatchWordsAsWrittenNotTheirStems() {
        // "missiles" is indexed as the stem "missil", which missile* is no prefix of.
        assertTrue(found("missile*") >= found("missile"));
        assertEquals(found("missil*"), found("missile*"));
        assertTrue(ids("missile*").contains("ru-demand-no-missiles-in-ukraine"));
        assertTrue(ids("sanction*").containsAll(ids("sanctions")));
        assertTrue(found("sanction*") > 0);
        assertEquals(found("Missile*"), found("missile*"));
        JsonPath texts = given().queryParam("q", "missile*").when().get("/api/search").then().statusCode(200)
                .extract().jsonPath();
        List<String> quotes = texts.getList("items.passages.flatten().quote");
        assertTrue(quotes.stream().anyMatch("missiles"::equalsIgnoreCase), quotes.toString());
        assertTrue(quotes.stream().allMatch(q -> q.toLowerCase(java.util.Locale.ROOT).startsWith("missile")),
                quotes.toString());
        // Stems and phrases still read the stemmed words.
        assertEquals(found("missile"), found("missiles"));
        assertTrue(found("\"offensive missile systems\"") > 0);
    }

    @Test
    void aSearchThatRunsOutOfTimeIs503WithRetryAfter() {
        QuarkusMock.installMockForType(new SearchDeadlines() {
            @Override
            public QueryTimeout start(java.time.Duration limit) {
                return () -> true;
            }
        }, SearchDeadlines.class);
        String q = "sanctions OR " + unique();
        for (String path : List.of("/api/search", "/api/positions", "/api/search/facets")) {
            given().queryParam("q", q).when().get(path).then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", "1")
                    .body("type", equalTo("/problems/service-unavailable"))
                    .body("detail", containsString("took longer than"));
        }
    }

    @Test
    void aQueryThatExpandsPastTheClauseLimitIs400() {
        // A fuzzy word expands to up to 50 words of the index, so 1,000 characters of them are thousands of
        // clauses; a prefix counts as one, so 1,000 characters of prefixes are answered.
        String fuzzy = words(i -> (char) ('a' + i % 26) + "e~2", " ");
        String prefixes = words(i -> (char) ('a' + i % 26) + "*", " OR ");
        for (String path : List.of("/api/search", "/api/positions")) {
            given().queryParam("q", fuzzy).when().get(path).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("q"))
                    .body("detail", containsString("too many clauses"));
            given().queryParam("q", prefixes).when().get(path).then().statusCode(200)
                    .body("totalItems", greaterThan(0));
        }
    }

    /** As many of these words as 1,000 characters hold. */
    private static String words(java.util.function.IntFunction<String> word, String separator) {
        StringBuilder q = new StringBuilder(word.apply(0));
        for (int i = 1; q.length() + separator.length() + word.apply(i).length() <= 1000; i++) {
            q.append(separator).append(word.apply(i));
        }
        return q.toString();
    }

    @Test
    void manyWildcardsAndRegularExpressionsOrEditDistancesThatDoNotParseAre400() {
        // Each wildcard inside a word takes the parser milliseconds to compile, before any time limit.
        given().queryParam("q", "a" + "*?a".repeat(21)).when().get("/api/search").then().statusCode(400)
                .body("detail", containsString("wildcards"));
        given().queryParam("q", "mis?ile* OR sanc*ons").when().get("/api/positions").then().statusCode(200)
                .body("totalItems", greaterThan(0));
        for (String q : List.of("/[/", "/missile[/", "missile~1.5")) {
            given().queryParam("q", q).when().get("/api/search").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("q"));
        }
    }

    @Test
    void relevanceOrdersByScoreAndTheDefaultOrderStays() {
        JsonPath byDate = given().queryParam("q", "sanctions").queryParam("size", 200).when().get("/api/positions")
                .then().statusCode(200).extract().jsonPath();
        List<String> dates = byDate.getList("items.statedOn");
        for (int i = 1; i < dates.size(); i++) {
            assertTrue(dates.get(i - 1).compareTo(dates.get(i)) <= 0);
        }
        JsonPath byScore = given().queryParam("q", "sanctions").queryParam("sort", "relevance")
                .queryParam("size", 200).when().get("/api/positions").then().statusCode(200).extract().jsonPath();
        assertEquals(byDate.getLong("totalItems"), byScore.getLong("totalItems"));
        assertEquals(new java.util.HashSet<>(byDate.getList("items.id")),
                new java.util.HashSet<>(byScore.getList("items.id")));
        given().queryParam("sort", "relevance").when().get("/api/positions").then().statusCode(400);
    }

    @Test
    void aQueryCombinesWithTheOtherFiltersAndPages() {
        long all = found("sanctions");
        JsonPath russia = given().queryParam("q", "sanctions").queryParam("party", "united-states")
                .queryParam("size", 2).when().get("/api/positions").then().statusCode(200).extract().jsonPath();
        assertTrue(russia.getLong("totalItems") <= all);
        assertTrue(russia.getList("items.party.id").stream().allMatch("united-states"::equals));
        given().queryParam("q", "sanctions").queryParam("party", "united-states").queryParam("size", 2)
                .queryParam("page", 2).when().get("/api/positions").then().statusCode(200)
                .body("items.id", not(hasItem(russia.getString("items[0].id"))));
    }

    @Test
    void facetsCountTheMatchesPerPartyTopicAndKind() {
        JsonPath facets = given().queryParam("q", "sanctions").when().get("/api/search/facets").then()
                .statusCode(200).extract().jsonPath();
        long total = facets.getLong("totalItems");
        assertEquals(found("sanctions"), total);
        assertEquals(total, facets.<Integer>getList("kinds.count").stream().mapToLong(Integer::longValue).sum());
        assertEquals(total, facets.<Integer>getList("parties.count").stream().mapToLong(Integer::longValue).sum());
        String party = facets.getString("parties[0].value");
        given().queryParam("q", "sanctions").queryParam("party", party).when().get("/api/positions").then()
                .body("totalItems", equalTo(facets.getInt("parties[0].count")));
    }

    @Test
    void badQueriesAre400NamingWhere() {
        given().queryParam("q", "(missile AND").when().get("/api/positions").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("q"))
                .body("detail", containsString("character"));
        given().queryParam("q", "\"reciprocal").when().get("/api/search").then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("q", " ").when().get("/api/search").then().statusCode(400);
        given().when().get("/api/search").then().statusCode(400);
        given().queryParam("q", "a".repeat(1001)).when().get("/api/search").then().statusCode(400);
        given().queryParam("q", "*issile").when().get("/api/search").then().statusCode(400);
    }

    @Test
    void theIndexFollowsCreatesChangesAndDeletes() {
        String word = unique();
        String other = unique();
        String id = "search-follow-" + word;
        editor().contentType("application/json").body(position(id, "A warning about " + word + "."))
                .when().post("/api/positions").then().statusCode(201);
        assertEquals(1, found(word));
        String etag = given().when().get("/api/positions/" + id).header("ETag");
        editor().contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"summary\": \"A warning about " + other + ".\"}").when().patch("/api/positions/" + id)
                .then().statusCode(200);
        assertEquals(0, found(word));
        assertEquals(1, found(other));
        etag = given().when().get("/api/positions/" + id).header("ETag");
        editor().header("If-Match", etag).when().delete("/api/positions/" + id).then().statusCode(204);
        assertEquals(0, found(other));
    }

    @Test
    void documentsAreSearchableOnceStoredAndGoneOnceDeleted() {
        String word = unique();
        String id = editor().contentType("application/json")
                .body("{\"title\": \"T\", \"text\": \"The envoy spoke of " + word + " at length.\"}")
                .when().post("/api/documents").then().statusCode(201).extract().path("id");
        given().queryParam("q", word).when().get("/api/search").then().statusCode(200)
                .body("items[0].document.id", equalTo(id)).body("items[0].passages[0].quote", equalTo(word));
        String etag = given().when().get("/api/documents/" + id).header("ETag");
        editor().header("If-Match", etag).when().delete("/api/documents/" + id).then().statusCode(204);
        given().queryParam("q", word).when().get("/api/search").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void aRolledBackImportNeverShows() {
        String word = unique();
        String records = String.join("\n",
                "{\"type\": \"position\", \"id\": \"rolled-" + word + "\", \"party\": \"russia\", \"topic\": "
                        + "\"sanctions\", \"kind\": \"STATEMENT\", \"summary\": \"Said " + word + ".\", \"statedOn\":"
                        + " \"2022-01-10\", \"citations\": [{\"document\": \"001_949e2e32b0da38f4\", \"quote\": "
                        + "\"would hit Russia hard with economic sanctions should it attack Ukraine\"}]}",
                "{\"type\": \"position\", \"id\": \"rolled2-" + word + "\", \"party\": \"russia\", \"topic\": "
                        + "\"sanctions\", \"kind\": \"STATEMENT\", \"summary\": \"Said " + word + ".\", \"statedOn\":"
                        + " \"2022-01-10\", \"citations\": [{\"document\": \"001_949e2e32b0da38f4\", \"quote\": "
                        + "\"words that are nowhere in the text\"}]}", "");
        admin().contentType("application/x-ndjson").body(records.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/import").then().statusCode(422);
        assertEquals(0, found(word));
    }

    @Test
    void onlyAdminsRebuildAndSearchWorksAfterwards() {
        editor().when().post("/api/search/index/rebuild").then().statusCode(403);
        long before = found("sanctions");
        admin().when().post("/api/search/index/rebuild").then().statusCode(202);
        assertEquals(before, found("sanctions"));
        given().when().get("/q/health/ready").then().body("checks.name", hasItem("search-index"));
    }

    static String position(String id, String summary) {
        return """
                {"id": "%s", "party": "united-states", "topic": "sanctions", "kind": "WARNING",
                 "summary": "%s", "statedOn": "2022-01-08",
                 "citations": [{"document": "001_949e2e32b0da38f4",
                                "quote": "would hit Russia hard with economic sanctions should it attack Ukraine"}]}
                """.formatted(id, summary);
    }
}
