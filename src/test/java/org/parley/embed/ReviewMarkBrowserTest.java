package org.parley.embed;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.Tokens.editor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A position whose quote a correction orphaned carries a "needs review" mark, and shows the quote it had. */
@QuarkusTest
class ReviewMarkBrowserTest extends BrowserTest {

    @Test
    void anOrphanedQuoteIsMarkedAndShownInTheRevisionItWasMadeOn() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String doc = "doc-review-" + suffix;
        String quote = "<b>We reject</b> the proposal " + suffix;
        String text = "Kyiv, Monday. " + quote + ". Nothing else was said.";
        String etag = editor().contentType(ContentType.JSON).body(Map.of("id", doc, "title", "Statement",
                "text", text)).when().post("/api/documents").then().statusCode(201).extract().header("ETag");
        String position = "ua-review-" + suffix;
        editor().contentType(ContentType.JSON).body(Map.of("id", position, "party", "ukraine", "topic", "crimea",
                "kind", "REJECTION", "summary", "Ukraine rejects it.", "statedOn", "2022-02-03",
                "citations", List.of(Map.of("document", doc, "quote", quote)))).when().post("/api/positions")
                .then().statusCode(201);
        editor().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("id", doc, "title", "Statement",
                "text", "Kyiv, Monday. The statement was withdrawn " + suffix + ".")).when().put("/api/documents/" + doc)
                .then().statusCode(200).body("reanchoring.counts.orphaned", org.hamcrest.Matchers.equalTo(1));

        String own = RestAssured.baseURI + ":" + RestAssured.port;
        try (HostPage host = HostPage.embedding(own + "/embed/positions?party=ukraine&topic=crimea")) {
            browser.driver.get(host.url());
            browser.wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("widget")));
            browser.wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("button.entry[data-position='" + position + "']"))).click();
            assertTrue(browser.driver.findElements(By.cssSelector("button.entry[data-position='" + position
                    + "'] .review")).size() == 1, "the list marks the position");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#detail[data-position='" + position + "'] figure[data-anchor='ORPHANED'] mark")));
            assertEquals(quote, text(By.cssSelector("#detail mark.quote")), "the old quote, from revision 1, as text");
            assertTrue(text(By.cssSelector("#detail .review-note")).contains("revision 1"));
            assertTrue(browser.driver.findElements(By.cssSelector("#detail mark.quote b")).isEmpty());
            assertEquals(quote, given().get("/api/documents/" + doc + "/text?revision=1&char=14,"
                    + (14 + quote.length())).asString());
            browser.driver.switchTo().defaultContent();
        }
    }

    private static String text(By selector) {
        return browser.driver.findElement(selector).getDomProperty("textContent");
    }
}
