package org.parley.citation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Walks every citation the API returns and checks it against the document text the API serves. */
@QuarkusTest
class CitationIntegrityTest {

    @Test
    void everyQuoteIsExactlyItsSpanOfTheStoredText() {
        int checked = 0;
        int pages = 1;
        for (int page = 1; page <= pages; page++) {
            JsonPath body = given().when().get("/api/positions?size=20&page=" + page)
                    .then().statusCode(200).extract().jsonPath();
            pages = body.getInt("totalPages");
            for (Map<String, Object> position : body.<Map<String, Object>>getList("items")) {
                for (Map<String, Object> citation : citations(position)) {
                    checkAgainstDocument(citation);
                    checked++;
                }
            }
        }
        assertTrue(checked > 30, "checked only " + checked + " citations");
    }

    private static void checkAgainstDocument(Map<String, Object> citation) {
        String documentId = (String) ((Map<?, ?>) citation.get("document")).get("id");
        int start = (Integer) citation.get("start");
        int end = (Integer) citation.get("end");
        String quote = (String) citation.get("quote");
        String span = given().when().get("/api/documents/" + documentId + "/text?char=" + start + "," + end)
                .then().statusCode(200).extract().asString();
        assertEquals(quote, span, documentId + " [" + start + "," + end + ")");
        assertEquals("/api/documents/" + documentId + "/text?char=" + start + "," + end, citation.get("spanUrl"));

        String prefix = (String) citation.get("prefix");
        String suffix = (String) citation.get("suffix");
        String before = given().when().get("/api/documents/" + documentId + "/text?char="
                + (start - prefix.codePointCount(0, prefix.length())) + "," + start).then().extract().asString();
        String after = given().when().get("/api/documents/" + documentId + "/text?char=" + end + ","
                + (end + suffix.codePointCount(0, suffix.length()))).then().extract().asString();
        assertEquals(prefix, before, "prefix of " + documentId + " [" + start + "," + end + ")");
        assertEquals(suffix, after, "suffix of " + documentId + " [" + start + "," + end + ")");

        String url = (String) ((Map<?, ?>) citation.get("document")).get("url");
        if (url != null) {
            assertNotNull(citation.get("sourceUrl"));
            assertTrue(((String) citation.get("sourceUrl")).startsWith(url + "#:~:text="));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> citations(Map<String, Object> position) {
        return (List<Map<String, Object>>) position.get("citations");
    }
}
