package org.parley.export;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.Pages;
import org.parley.position.PositionCsv;

@QuarkusTest
class ExportResourceTest {

    @Test
    void exportsEveryRowNotJustAPage() {
        List<JsonPath> all = Pages.of("/api/positions");
        int citations = Pages.list(all, "items.citations.flatten().id", Long.class).size();
        assertTrue(citations > 50, "more rows than a default page");

        Response export = given().when().get("/api/export/positions.csv");
        export.then().statusCode(200).contentType(startsWith("text/csv"));
        List<String> rows = List.of(export.asString().split("\r\n"));
        assertEquals(String.join(",", PositionCsv.HEADER), rows.get(0));
        assertEquals(1 + citations, rows.size());
        assertEquals(String.valueOf(all.get(0).getInt("totalItems")), export.header("X-Total-Count"));
        assertTrue(rows.get(1).contains(",\"http://"), "span_url is absolute in CSV: " + rows.get(1));
    }

    @Test
    void filtersLikeTheList() {
        List<JsonPath> russian = Pages.of("/api/positions?party=russia&kind=demand");
        String csv = given().get("/api/export/positions.csv?party=russia&kind=demand").asString();
        assertEquals(1 + Pages.list(russian, "items.citations.flatten().id", Long.class).size(),
                csv.split("\r\n").length);
        assertTrue(csv.split("\r\n")[1].startsWith(russian.get(0).getString("items[0].id") + ","));
    }

    @Test
    void startsWithAByteOrderMarkOnlyWhenAskedForExcel() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        for (String url : List.of("/api/export/positions.csv?party=russia", "/api/positions?party=russia&format=csv",
                "/api/matrix?format=csv")) {
            byte[] plain = given().get(url).then().statusCode(200).extract().asByteArray();
            byte[] marked = given().get(url + "&bom=true").then().statusCode(200).extract().asByteArray();
            assertFalse(startsWith(plain, bom), url);
            assertTrue(startsWith(marked, bom), url);
            assertEquals(new String(plain, StandardCharsets.UTF_8),
                    new String(marked, 3, marked.length - 3, StandardCharsets.UTF_8), url);
        }
    }

    @Test
    void aBadFilterIsABadRequest() {
        given().get("/api/export/positions.csv?from=2022-03-01&to=2022-01-01").then().statusCode(400);
    }

    private static org.hamcrest.Matcher<String> startsWith(String prefix) {
        return org.hamcrest.Matchers.startsWith(prefix);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
