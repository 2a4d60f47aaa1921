package org.parley.document;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.Pages;

@QuarkusTest
class DocumentResourceTest {

    private static final String ID = "001_949e2e32b0da38f4";

    @Test
    void listsEverySeedDocumentWithMetadataOnly() throws Exception {
        List<String> seedFiles;
        try (var files = Files.list(Path.of("seeds"))) {
            seedFiles = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        }
        List<JsonPath> pages = Pages.of("/api/documents");
        for (JsonPath page : pages) {
            assertThat(page.getList("items"), everyItem(not(hasKey("text"))));
            assertThat(page.getList("items.textUrl", String.class), everyItem(startsWith("/api/documents/")));
        }
        List<String> ids = Pages.list(pages, "items.id", String.class);
        assertTrue(ids.containsAll(seedFiles), "every seed document is listed: " + ids);
    }

    @Test
    void storesEachSeedTextByteForByte() throws Exception {
        byte[] seed = Files.readAllBytes(Path.of("seeds", ID + ".txt"));
        String text = new String(seed, StandardCharsets.UTF_8);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(seed));

        given().when().get("/api/documents/" + ID)
                .then().statusCode(200)
                .body("text", equalTo(text))
                .body("sha256", equalTo(sha256))
                .body("length", equalTo(text.codePointCount(0, text.length())))
                .body("publishedOn", equalTo("2022-01-08"))
                .body("language", equalTo("en"));
        byte[] served = given().when().get("/api/documents/" + ID + "/text")
                .then().statusCode(200).contentType(startsWith("text/plain"))
                .extract().asByteArray();
        assertEquals(new String(seed, StandardCharsets.UTF_8), new String(served, StandardCharsets.UTF_8));
    }

    @Test
    void servesASpanOfTheTextInCodePoints() throws Exception {
        String text = Files.readString(Path.of("seeds", ID + ".txt"));
        given().when().get("/api/documents/" + ID + "/text?char=0,13")
                .then().statusCode(200).body(equalTo(text.substring(0, 13)));
        given().when().get("/api/documents/" + ID + "/text?char=,3")
                .then().statusCode(200).body(equalTo(text.substring(0, 3)));
        int length = text.codePointCount(0, text.length());
        given().when().get("/api/documents/" + ID + "/text?char=" + (length - 5) + ",")
                .then().statusCode(200).body(equalTo(text.substring(text.offsetByCodePoints(0, length - 5))));
        given().when().get("/api/documents/" + ID + "/text?char=7")
                .then().statusCode(200).body(equalTo(""));
    }

    @Test
    void refusesASpanThatDoesNotFit() {
        given().when().get("/api/documents/" + ID + "/text?char=10,5")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("char"));
        given().when().get("/api/documents/" + ID + "/text?char=0,99999999")
                .then().statusCode(400).contentType("application/problem+json");
        given().when().get("/api/documents/" + ID + "/text?char=abc")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void listsThePositionsCitingADocument() {
        given().when().get("/api/documents/" + ID + "/positions?size=200")
                .then().statusCode(200)
                .body("totalItems", greaterThan(0))
                .body("items.collect { p -> p.citations.any { it.document.id == '" + ID + "' } }",
                        everyItem(equalTo(true)));
    }

    @Test
    void answersAnUnknownDocumentWith404() {
        for (String path : List.of("", "/text", "/positions")) {
            given().when().get("/api/documents/nope" + path)
                    .then().statusCode(404).contentType("application/problem+json");
        }
    }
}
