package org.parley.citation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Offsets are Unicode code points, not UTF-16 units: in this document emoji and 𝔘 (outside the BMP) come before
 * the quotes, so the two counts differ. The seeds come from a configured folder, replacing the packaged ones.
 */
@QuarkusTest
@TestProfile(UnicodeOffsetsTest.UnicodeSeeds.class)
class UnicodeOffsetsTest {

    static final Path FOLDER = Path.of("src/test/resources/seeds-unicode");

    public static class UnicodeSeeds implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("parley.seeds.path", FOLDER.toString());
        }
    }

    @Test
    void anchorsAQuoteGivenOnlyWithContextAtItsCodePointOffset() throws Exception {
        String text = Files.readString(FOLDER.resolve("unicode-doc.txt"));
        int utf16 = text.indexOf("We demand guarantees.");
        int codePoints = text.codePointCount(0, utf16);
        assertNotEquals(utf16, codePoints, "the fixture must put astral characters before the quote");

        given().when().get("/api/positions/ruritania-demand")
                .then().statusCode(200)
                .body("citations[0].start", equalTo(codePoints))
                .body("citations[0].end", equalTo(codePoints + "We demand guarantees.".length()))
                .body("citations[0].prefix", equalTo(prefixOf(text, codePoints)));
        given().when().get("/api/documents/unicode-doc/text?char=" + codePoints + "," + (codePoints + 21))
                .then().statusCode(200).body(equalTo("We demand guarantees."));
    }

    @Test
    void servesSpansByCodePoints() throws Exception {
        String text = Files.readString(FOLDER.resolve("unicode-doc.txt"));
        given().when().get("/api/positions/borduria-rejection")
                .then().statusCode(200)
                .body("citations[0].start", equalTo(107))
                .body("citations[0].quote", equalTo("We reject that demand."))
                .body("respondsTo.id", equalTo("ruritania-demand"));
        given().when().get("/api/documents/unicode-doc/text?char=107,129")
                .then().statusCode(200).body(equalTo("We reject that demand."));
        given().when().get("/api/documents/unicode-doc/text?char=10,11")
                .then().statusCode(200).body(equalTo("🤝"));
        given().when().get("/api/documents/unicode-doc")
                .then().statusCode(200).body("length", equalTo(text.codePointCount(0, text.length())));
        assertEquals(168, text.codePointCount(0, text.length()));
    }

    @Test
    void aConfiguredFolderReplacesThePackagedSeeds() {
        given().when().get("/api/documents")
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].id", equalTo("unicode-doc"));
    }

    private static String prefixOf(String text, int codePoints) {
        int from = text.offsetByCodePoints(0, Math.max(0, codePoints - Anchoring.CONTEXT));
        return text.substring(from, text.offsetByCodePoints(0, codePoints));
    }
}
