package org.parley.suggest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parley.Tokens;

@QuarkusTest
class SuggestionResourceTest {

    private static String document(String text) {
        return Tokens.editor().contentType(ContentType.JSON)
                .body(Map.of("title", "Report " + UUID.randomUUID(), "text", text, "publishedOn", "2026-02-03"))
                .when().post("/api/documents").then().statusCode(201).extract().path("id");
    }

    private static String unique() {
        return UUID.randomUUID().toString().replaceAll("[^a-z]", "");
    }

    @Test
    void suggestsCitedAttributedPositionsAndReviewsThem() {
        String w = unique();
        String text = "GENEVA — Talks resumed on Monday.\n\n"
                + "Russia demanded that NATO halt its expansion toward the " + w + " region, Sergei Ryabkov told "
                + "reporters.\n\n"
                + "“We will not accept any sanctions over the " + w + " exercises,” he said.\n\n"
                + "The weather was mild.\n\n"
                + "Washington warned of severe economic sanctions if troops cross into " + w + ", officials said.";
        String id = document(text);
        JsonPath list = given().when().get("/api/documents/" + id + "/suggestions")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> all = list.getList("$");
        // A statement naming several topics gets a suggestion per topic on its passage: three passages, each led by
        // the suggestion of the topic its terms weigh most.
        List<String> lead = new java.util.ArrayList<>();
        List<String> passages = new java.util.ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            String passage = list.getString("[" + i + "].citations[0].start") + "-"
                    + list.getString("[" + i + "].citations[0].end");
            if (!passages.contains(passage)) {
                passages.add(passage);
                lead.add("[" + i + "]");
            }
        }
        assertEquals(3, passages.size(), "three statements: " + all);
        for (Map<String, Object> s : all) {
            @SuppressWarnings("unchecked")
            Map<String, Object> c = ((List<Map<String, Object>>) s.get("citations")).get(0);
            int start = (Integer) c.get("start");
            int end = (Integer) c.get("end");
            assertEquals(text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end)),
                    c.get("quote"), "exactly the span");
            assertEquals("PENDING", s.get("status"));
            double confidence = ((Number) s.get("confidence")).doubleValue();
            assertTrue(confidence > 0 && confidence <= 1);
        }
        assertEquals("russia", list.getString(lead.get(0) + ".party"));
        assertEquals("sergei-ryabkov", list.getString(lead.get(0) + ".speaker"));
        assertEquals("DEMAND", list.getString(lead.get(0) + ".kind"));
        assertEquals("nato-expansion", list.getString(lead.get(0) + ".topic"));
        assertEquals("Sergei Ryabkov", list.getString(lead.get(0) + ".evidence.partyBy"));
        assertEquals("russia", list.getString(lead.get(1) + ".party"),
                "“he said” resolves to the speaker named before");
        assertEquals("REJECTION", list.getString(lead.get(1) + ".kind"));
        assertEquals("united-states", list.getString(lead.get(2) + ".party"));
        assertEquals("WARNING", list.getString(lead.get(2) + ".kind"));
        assertEquals("sanctions", list.getString(lead.get(2) + ".topic"));

        String first = list.getString(lead.get(0) + ".id");
        String created = Tokens.editor().contentType(ContentType.JSON).body("{}")
                .when().post("/api/suggestions/" + first + "/accept")
                .then().statusCode(201)
                .body("party.id", equalTo("russia"))
                .body("speaker.id", equalTo("sergei-ryabkov"))
                .body("citations", hasSize(1))
                .body("citations[0].quote", equalTo(list.getString(lead.get(0) + ".citations[0].quote")))
                .body("statedOn", equalTo("2026-02-03"))
                .extract().path("id");
        given().get("/api/positions/" + created).then().statusCode(200);
        given().get("/api/positions/" + created + "/history").then().statusCode(200)
                .body("[0].by", equalTo("erin"));

        String second = list.getString(lead.get(1) + ".id");
        Tokens.editor().contentType(ContentType.JSON)
                .body(Map.of("topic", "sanctions", "kind", "WARNING", "summary", "Russia warns against sanctions."))
                .when().post("/api/suggestions/" + second + "/accept")
                .then().statusCode(201)
                .body("topic.id", equalTo("sanctions"))
                .body("kind", equalTo("WARNING"))
                .body("summary", equalTo("Russia warns against sanctions."));

        String third = list.getString(lead.get(2) + ".id");
        Tokens.editor().when().post("/api/suggestions/" + third + "/reject")
                .then().statusCode(200).body("status", equalTo("REJECTED")).body("reviewedBy", equalTo("erin"))
                .body("reviewedAt", notNullValue());
        Tokens.editor().when().post("/api/suggestions/" + third + "/reject").then().statusCode(409);
        Tokens.editor().contentType(ContentType.JSON).body("{}").when().post("/api/suggestions/" + first + "/accept")
                .then().statusCode(409);
        given().contentType(ContentType.JSON).body("{}").when().post("/api/suggestions/" + second + "/accept")
                .then().statusCode(401);

        JsonPath after = Tokens.editor().when().post("/api/documents/" + id + "/suggestions")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> kept = after.getList("$");
        assertEquals(List.of("ACCEPTED", "ACCEPTED", "REJECTED"), kept.stream()
                .filter(x -> List.of(first, second, third).contains(x.get("id"))).map(x -> x.get("status")).toList(),
                "recomputing keeps what was reviewed");
        assertEquals(created, kept.stream().filter(x -> x.get("id").equals(first)).findFirst().orElseThrow()
                .get("position"));
        List<String> statements = kept.stream().map(x -> x.get("party") + "/" + x.get("topic") + "@"
                + ((List<?>) x.get("citations")).get(0)).toList();
        assertEquals(statements.size(), new java.util.HashSet<>(statements).size(), "and repeats nothing");
    }

    @Test
    void aSecondOutletsReportOfTheSameStatementBecomesACitation() {
        String w = unique();
        String first = document("Russia demanded that NATO withdraw the " + w + " battalions from the eastern "
                + "border region within weeks, Sergei Ryabkov said on Monday.");
        String suggestion = given().get("/api/documents/" + first + "/suggestions").then().statusCode(200)
                .extract().path("[0].id");
        String position = Tokens.editor().contentType(ContentType.JSON).body("{}")
                .when().post("/api/suggestions/" + suggestion + "/accept")
                .then().statusCode(201).extract().path("id");

        String second = document("In Geneva, Ryabkov said Russia demanded NATO withdraw its " + w
                + " battalions from the eastern border region.");
        JsonPath other = given().get("/api/documents/" + second + "/suggestions").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(position, other.getString("[0].corroborates"));
        Tokens.editor().contentType(ContentType.JSON).body("{}")
                .when().post("/api/suggestions/" + other.getString("[0].id") + "/accept")
                .then().statusCode(200)
                .body("id", equalTo(position))
                .body("citations", hasSize(2))
                .body("citations[1].document.id", equalTo(second));
    }

    @Test
    void missingThingsAnswerProblems() {
        given().get("/api/documents/no-such-doc/suggestions").then().statusCode(404);
        Tokens.editor().contentType(ContentType.JSON).body("{}").when().post("/api/suggestions/nope/accept")
                .then().statusCode(404);
        String id = document("Moscow rejected the " + unique() + " proposal, the Kremlin said.");
        String s = given().get("/api/documents/" + id + "/suggestions").then().extract().path("[0].id");
        assertNotNull(s);
        Tokens.editor().contentType(ContentType.JSON).body(Map.of("party", "no-such-party", "topic", "sanctions"))
                .when().post("/api/suggestions/" + s + "/accept").then().statusCode(422);
        assertFalse(given().get("/api/documents/" + id + "/suggestions").then().extract().jsonPath()
                .getList("status").contains("ACCEPTED"), "a failed accept stores nothing");
    }
}
