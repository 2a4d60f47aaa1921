package org.parley.embed;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A page of another origin embeds the widget in an iframe; a reader clicks a cell and reads the quotes. */
@QuarkusTest
class EmbedBrowserTest extends BrowserTest {

    private static String own() {
        return RestAssured.baseURI + ":" + RestAssured.port;
    }

    @Test
    void aClickOnACellShowsEachQuoteAsItsSpanOfTheDocument() throws Exception {
        JsonPath matrix = given().get("/api/matrix").jsonPath();
        Map<String, Object> cell = matrix.getMap("cells.find { it.latest != null && it.latest.documents > 1 }");
        String party = (String) ((Map<?, ?>) cell.get("party")).get("id");
        String topic = (String) ((Map<?, ?>) cell.get("topic")).get("id");
        String positionId = (String) ((Map<?, ?>) cell.get("latest")).get("id");
        JsonPath position = given().get("/api/positions/" + positionId).jsonPath();

        try (HostPage host = HostPage.embedding(own() + "/embed/matrix")) {
            browser.driver.get(host.url());
            browser.wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("widget")));
            WebElement button = browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                    "button.cell[data-party='" + party + "'][data-topic='" + topic + "']")));
            assertEquals(positionId, button.getDomAttribute("data-position"));
            button.click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#detail[data-position='" + positionId + "']")));

            String detail = browser.driver.findElement(By.id("detail")).getDomProperty("textContent");
            assertTrue(detail.contains(position.getString("summary")), detail);
            assertFalse(detail.contains("null") || detail.contains("undefined"), detail);
            List<WebElement> figures = browser.driver.findElements(By.cssSelector("#detail figure.citation"));
            assertEquals(position.getList("citations").size(), figures.size());
            for (int i = 0; i < figures.size(); i++) {
                WebElement figure = figures.get(i);
                String document = figure.getDomAttribute("data-document");
                int start = Integer.parseInt(figure.getDomAttribute("data-start"));
                int end = Integer.parseInt(figure.getDomAttribute("data-end"));
                String span = given().get("/api/documents/" + document + "/text?char=" + start + "," + end)
                        .then().statusCode(200).extract().asString();
                String shown = figure.findElement(By.cssSelector("mark.quote")).getDomProperty("textContent");
                assertEquals(span, shown, "the quote shown is the citation's span of " + document);
                assertEquals(position.getString("citations[" + i + "].quote"), shown);
                String context = figure.findElement(By.cssSelector("blockquote.context")).getDomProperty("textContent");
                assertTrue(context.length() > shown.length() + 40, "the quote is shown in its surrounding text");
                String caption = figure.findElement(By.tagName("figcaption")).getDomProperty("textContent");
                assertTrue(caption.contains(position.getString("citations[" + i + "].document.title")), caption);
                assertEquals(own() + position.getString("citations[" + i + "].spanUrl"),
                        figure.findElement(By.linkText("Stored text")).getDomProperty("href"));
            }
            ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView()", figures.get(0));
            browser.driver.switchTo().defaultContent();
            System.out.println("Screenshot of the embedded matrix: " + browser.screenshot("embed-matrix"));
        }
    }

    @Test
    void thePositionsPageListsAPartysPositionsOnATopicInDateOrder() throws Exception {
        JsonPath positions = given().get("/api/positions?party=russia&topic=nato-expansion").jsonPath();
        try (HostPage host = HostPage.embedding(own() + "/embed/positions?topic=nato-expansion&party=russia")) {
            browser.driver.get(host.url());
            browser.wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("widget")));
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.timeline button")));
            List<String> shown = browser.driver.findElements(By.cssSelector("ol.timeline button.entry")).stream()
                    .map(b -> b.getDomAttribute("data-position")).toList();
            assertEquals(positions.getList("items.id"), shown);
            String last = shown.get(shown.size() - 1);
            browser.driver.findElement(By.cssSelector("button.entry[data-position='" + last + "']")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#detail[data-position='" + last + "'] mark.quote")));
            browser.driver.switchTo().defaultContent();
            browser.screenshot("embed-positions");
        }
    }

    @Test
    void anotherOriginMayReadTheApiButNotWriteToIt() throws Exception {
        try (HostPage host = HostPage.embedding(own() + "/embed/matrix")) {
            browser.driver.get(host.url());
            JavascriptExecutor page = (JavascriptExecutor) browser.driver;
            Object read = page.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0] + '/api/stats').then(r => r.json().then(b => done(r.status + ' '"
                    + " + b.positions))).catch(e => done('refused: ' + e));", own());
            long positions = given().get("/api/stats").jsonPath().getLong("positions");
            assertEquals("200 " + positions, read, "a cross-origin read from " + host.url());
            Object paged = page.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0] + '/api/positions?size=1').then(r => done(r.headers.get('X-Total-Count')))"
                    + ".catch(e => done('refused: ' + e));", own());
            assertEquals(String.valueOf(positions), paged, "exposed headers are readable");
            Object write = page.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0] + '/api/positions/x', {method: 'PUT', body: '{}',"
                    + " headers: {'Content-Type': 'application/json'}})"
                    + ".then(r => done('sent: ' + r.status)).catch(e => done('refused'));", own());
            assertEquals("refused", write, "the browser may not send a write from " + host.url());
            assertFalse(browser.consoleMessages().isEmpty(), "the browser reports the refused preflight");
        }
    }
}
