package org.parley.embed;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The widget shows markup and script from the data as text and runs none of it. Each payload would set
 * window.pwned or change the title if it ran; and had the widget parsed it as HTML, its text would not appear
 * literally and its elements would be in the page. The CSP would block inline script too, so the test checks the
 * text and the elements, which do not depend on it.
 */
@QuarkusTest
@TestProfile(HostileSeeds.class)
class HostileTextBrowserTest extends BrowserTest {

    private static final String PAYLOAD_ELEMENTS = "#parley img, #parley script, #parley svg, #parley iframe, "
            + "#parley b, #detail img, #detail script, #detail svg, #detail iframe, #detail b";

    @Test
    void theWidgetShowsHostileTextLiterallyAndRunsNothing() throws Exception {
        String own = RestAssured.baseURI + ":" + RestAssured.port;
        try (HostPage host = HostPage.embedding(own + "/embed/matrix")) {
            browser.driver.get(host.url());
            browser.wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("widget")));
            WebElement cell = browser.wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("button.cell[data-party='ruritania'][data-topic='guarantees']")));
            assertEquals(HostileSeeds.PARTY_NAME, text(By.cssSelector("th[data-party='ruritania']")));
            assertEquals(HostileSeeds.TOPIC_NAME, text(By.cssSelector("th[data-topic='guarantees']")));
            assertEquals(HostileSeeds.SUMMARY, cell.getDomAttribute("title"));

            cell.click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#detail[data-position='ruritania-demand'] mark.quote")));
            WebElement figure = browser.driver.findElement(By.cssSelector("#detail figure.citation"));
            String span = given().get("/api/documents/hostile-doc/text?char=" + figure.getDomAttribute("data-start")
                    + "," + figure.getDomAttribute("data-end")).asString();
            assertEquals(HostileSeeds.SCRIPT_QUOTE, span);
            assertEquals(span, text(By.cssSelector("#detail mark.quote")));
            assertEquals(HostileSeeds.SUMMARY, text(By.cssSelector("#detail p.summary")));
            assertEquals(HostileSeeds.TITLE, text(By.cssSelector("#detail figcaption cite")));
            assertTrue(text(By.cssSelector("#detail figcaption")).contains(HostileSeeds.OUTLET));
            assertTrue(browser.driver.findElements(By.linkText("Original")).isEmpty(),
                    "a javascript: URL from the data does not become a link");
            assertTrue(browser.driver.findElement(By.linkText("Stored text")).getDomProperty("href")
                    .startsWith(own + "/api/documents/hostile-doc/text?char="));

            List<WebElement> injected = browser.driver.findElements(By.cssSelector(PAYLOAD_ELEMENTS));
            assertTrue(injected.isEmpty(), "no element of the data was parsed: " + injected.size());
            assertNothingRan("Parley: positions by party and topic");
            ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView()", figure);
            browser.driver.switchTo().defaultContent();
            assertNothingRan("Newsroom dashboard");
            List<String> console = browser.consoleMessages();
            assertTrue(console.stream().noneMatch(m -> m.contains("Content Security Policy")),
                    "nothing even tried to run: " + console);
            System.out.println("Screenshot of hostile text shown as text: " + browser.screenshot("embed-hostile-text"));
        }
    }

    @Test
    void theAnswerLinkAndThePositionsPageShowNamesAsText() throws Exception {
        String own = RestAssured.baseURI + ":" + RestAssured.port;
        try (HostPage host = HostPage.embedding(own + "/embed/positions?topic=guarantees")) {
            browser.driver.get(host.url());
            browser.wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("widget")));
            browser.wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("button.entry[data-position='borduria-rejection']"))).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#detail[data-position='borduria-rejection'] p.answers button")));
            assertEquals(HostileSeeds.PARTY_NAME + "'s demand", text(By.cssSelector("#detail p.answers button")));
            assertEquals(HostileSeeds.FORMULA_QUOTE, text(By.cssSelector("#detail mark.quote")));
            assertTrue(text(By.cssSelector("button.entry[data-position='ruritania-demand']"))
                    .contains(HostileSeeds.PARTY_NAME + " · " + HostileSeeds.TOPIC_NAME));
            assertTrue(browser.driver.findElements(By.cssSelector(PAYLOAD_ELEMENTS)).isEmpty());
            assertNothingRan("Parley: positions over time");
            browser.driver.switchTo().defaultContent();
        }
    }

    private static String text(By selector) {
        return browser.driver.findElement(selector).getDomProperty("textContent");
    }

    private static void assertNothingRan(String title) {
        JavascriptExecutor page = (JavascriptExecutor) browser.driver;
        assertEquals("undefined", page.executeScript("return typeof window.pwned"));
        assertEquals(title, page.executeScript("return document.title"));
    }
}
