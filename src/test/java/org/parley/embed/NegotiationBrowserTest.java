package org.parley.embed;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The negotiation widget in a real browser: cards per topic, replay by date, quotes on a click, keyboard only. */
@QuarkusTest
class NegotiationBrowserTest extends BrowserTest {

    private static final String ID = "us-russia-security-talks-2022";

    private static String own() {
        return RestAssured.baseURI + ":" + RestAssured.port;
    }

    private static By card(String topic, String state) {
        return By.cssSelector("section.card[data-topic='" + topic + "'][data-state='" + state + "']");
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver;
    }

    @Test
    void rendersTheSeedNegotiationAsTheApiStatesIt() throws Exception {
        JsonPath state = given().get("/api/negotiations/" + ID + "/state").jsonPath();
        try (HostPage host = HostPage.embedding(own() + "/embed/negotiation/" + ID)) {
            browser.driver.get(host.url());
            browser.wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("widget")));
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(card("nato-expansion", "DEADLOCKED")));
            List<WebElement> cards = browser.driver.findElements(By.cssSelector("section.card"));
            assertEquals(state.getList("topics.topic.id"), cards.stream().map(c -> c.getDomAttribute("data-topic"))
                    .toList());
            assertEquals(state.getList("topics.state"), cards.stream().map(c -> c.getDomAttribute("data-state"))
                    .toList());
            assertEquals("REJECTED", browser.driver.findElement(By.cssSelector(
                    "li.thread[data-demand='ru-demand-nato-non-expansion']")).getDomAttribute("data-status"));
            assertFalse(browser.driver.findElements(By.cssSelector("button.mark.shift")).isEmpty(),
                    "shifts are highlighted on the stance strips");
            assertFalse(browser.driver.findElements(By.cssSelector("ul.legend li.kind-DEMAND")).isEmpty());
            String footer = browser.driver.findElement(By.id("sources")).getDomProperty("textContent");
            assertTrue(footer.contains("Source: Parley, updated"), footer);
            String text = browser.driver.findElement(By.id("parley")).getDomProperty("textContent");
            assertTrue(text.contains("2 Feb 2022"), "dates in words");
            assertFalse(text.contains("null") || text.contains("undefined"), text);
            browser.driver.switchTo().defaultContent();
            browser.screenshot("embed-negotiation");
        }
    }

    @Test
    void anEarlierDateReplaysTheStateOfThatDay() {
        browser.driver.get(own() + "/embed/negotiation/" + ID + "?on=2022-01-08");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(card("nato-expansion", "QUIET")));
        WebElement slider = browser.driver.findElement(By.id("on"));
        assertEquals("8 Jan 2022", slider.getDomAttribute("aria-valuetext"));
        slider.sendKeys(Keys.END);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(card("nato-expansion", "DEADLOCKED")));
        slider.sendKeys(Keys.HOME);
        browser.wait.until(ExpectedConditions.attributeToBe(slider, "aria-valuetext", "7 Jan 2022"));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(card("nato-expansion", "QUIET")));
    }

    @Test
    void aClickOnAMarkShowsTheQuoteInViewAndEscapeClosesIt() {
        JsonPath position = given().get("/api/positions/ru-demand-nato-non-expansion").jsonPath();
        browser.driver.get(own() + "/embed/negotiation/" + ID);
        WebElement mark = browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                "section.card[data-topic='nato-expansion'] button.mark[data-position='ru-demand-nato-non-expansion']")));
        mark.click();
        WebElement quote = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "#detail[data-position='ru-demand-nato-non-expansion'] mark.quote")));
        assertEquals(position.getString("citations[0].quote"), quote.getDomProperty("textContent"));
        browser.wait.until(d -> (Boolean) js().executeScript("const r = document.getElementById('detail')"
                + ".getBoundingClientRect(); return document.activeElement.id === 'detail'"
                + " && r.top < innerHeight && r.bottom > 0;"));
        new Actions(browser.driver).sendKeys(Keys.ESCAPE).perform();
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("detail")));
        assertEquals("ru-demand-nato-non-expansion", js().executeScript(
                "return document.activeElement.dataset.position"), "focus goes back to the mark");
    }

    @Test
    void aKeyboardAloneReachesAMarkOpensItsQuoteAndClosesIt() {
        browser.driver.get(own() + "/embed/negotiation/" + ID);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button.mark")));
        Actions keys = new Actions(browser.driver);
        String focused = null;
        for (int i = 0; i < 60 && focused == null; i++) {
            keys.sendKeys(Keys.TAB).perform();
            focused = (String) js().executeScript("const a = document.activeElement;"
                    + " return a && a.dataset && a.dataset.position ? a.dataset.position : null;");
        }
        assertTrue(focused != null, "Tab reaches a position");
        keys.sendKeys(Keys.ENTER).perform();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "#detail[data-position='" + focused + "'] mark.quote")));
        browser.wait.until(d -> "detail".equals(js().executeScript("return document.activeElement.id")));
        keys.sendKeys(Keys.TAB).perform();
        assertEquals("close", js().executeScript("return document.activeElement.className"));
        keys.sendKeys(Keys.ENTER).perform();
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("detail")));
    }

    @Test
    void nothingLoadsFromElsewhereAndTheFrameReportsItsHeight() throws Exception {
        try (HostPage host = HostPage.embedding(own() + "/embed/negotiation/" + ID)) {
            browser.driver.get(host.url());
            js().executeScript("window.heights = []; addEventListener('message', e => {"
                    + " if (e.data && e.data.type === 'parley:height') heights.push(e.data.height); });");
            browser.wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("widget")));
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.card")));
            @SuppressWarnings("unchecked")
            List<String> loaded = (List<String>) js().executeScript(
                    "return performance.getEntriesByType('resource').map(e => e.name);");
            assertFalse(loaded.isEmpty());
            loaded.forEach(url -> assertTrue(url.startsWith(own() + "/"), url + " comes from elsewhere"));
            browser.driver.switchTo().defaultContent();
            browser.wait.until(d -> ((Number) js().executeScript("return heights.length")).intValue() > 0);
            assertTrue(((Number) js().executeScript("return Math.max(...heights)")).intValue() > 400);
            assertTrue(browser.consoleMessages().stream().noneMatch(m -> m.contains("Content Security Policy")),
                    browser.consoleMessages().toString());
        }
    }

    @Test
    void readableAt400PixelsWide() {
        Dimension before = browser.driver.manage().window().getSize();
        try {
            browser.driver.manage().window().setSize(new Dimension(400, 900));
            browser.driver.get(own() + "/embed/negotiation/" + ID);
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.card")));
            Number overflow = (Number) js().executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertEquals(0, overflow.intValue(), "nothing sticks out sideways");
            browser.driver.get(own() + "/embed/matrix");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button.cell")));
            Number matrixOverflow = (Number) js().executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertEquals(0, matrixOverflow.intValue(), "the grid scrolls inside its box, not the page");
            assertEquals("sticky", js().executeScript("return getComputedStyle(document.querySelector("
                    + "'table.matrix tbody th')).position"));
            given().get("/favicon.ico").then().statusCode(200);
        } finally {
            browser.driver.manage().window().setSize(before);
        }
    }
}
