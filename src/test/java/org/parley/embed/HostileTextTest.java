package org.parley.embed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.csv.Rfc4180;

/** Document text is data: the API hands it back unchanged, and CSV keeps spreadsheets from running it. */
@QuarkusTest
@TestProfile(HostileSeeds.class)
class HostileTextTest {

    @Test
    void theApiReturnsTheTextAsItIs() throws Exception {
        String text = HostileSeeds.text();
        int start = text.codePointCount(0, text.indexOf(HostileSeeds.SCRIPT_QUOTE));
        assertNotEquals(text.indexOf(HostileSeeds.SCRIPT_QUOTE), start, "astral characters precede the quote");
        given().when().get("/api/positions/ruritania-demand")
                .then().statusCode(200)
                .body("summary", equalTo(HostileSeeds.SUMMARY))
                .body("party.name", equalTo(HostileSeeds.PARTY_NAME))
                .body("citations[0].quote", equalTo(HostileSeeds.SCRIPT_QUOTE))
                .body("citations[0].start", equalTo(start))
                .body("citations[0].document.title", equalTo(HostileSeeds.TITLE));
    }

    @Test
    void csvCellsThatStartLikeFormulasGetAnApostrophe() {
        List<List<String>> csv = Rfc4180.parse(given().get("/api/positions?format=csv").asString());
        List<String> header = csv.get(0);
        List<String> demand = csv.get(1);
        List<String> rejection = csv.get(2);
        assertEquals("'" + HostileSeeds.SUMMARY, demand.get(header.indexOf("summary")));
        assertEquals(HostileSeeds.SCRIPT_QUOTE, demand.get(header.indexOf("quote")));
        assertEquals(HostileSeeds.PARTY_NAME, demand.get(header.indexOf("party_name")));
        assertEquals("'" + HostileSeeds.FORMULA_QUOTE, rejection.get(header.indexOf("quote")));
        assertEquals("'@SUM(1+1) Borduria rejects it.", rejection.get(header.indexOf("summary")));
        List<List<String>> matrix = Rfc4180.parse(given().get("/api/matrix?format=csv").asString());
        assertEquals("'" + HostileSeeds.SUMMARY, matrix.get(1 + matrix.subList(1, matrix.size()).stream()
                .map(r -> r.get(0)).toList().indexOf("ruritania")).get(matrix.get(0).indexOf("summary")));
    }

    @Test
    void annotationsCarryTheTextAsItIs() {
        given().when().get("/api/annotations")
                .then().statusCode(200)
                .body("items[0].target.selector[0].exact", equalTo(HostileSeeds.SCRIPT_QUOTE))
                .body("items[0].target.source.label", equalTo(HostileSeeds.TITLE))
                .body("items[0].body[0].value", equalTo(HostileSeeds.SUMMARY));
    }
}
