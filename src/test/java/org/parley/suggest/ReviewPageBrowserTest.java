package org.parley.suggest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.parley.Tokens;
import org.parley.embed.BrowserTest;

/**
 * The review page in a real Chromium, driven by the keyboard: an editor pastes a token, accepts one suggestion as it
 * is, corrects another (after a refused first try) and accepts it, rejects a third; the API then holds positions
 * citing exactly the suggested passages, with the corrected fields.
 */
@QuarkusTest
class ReviewPageBrowserTest extends BrowserTest {

    private static final String HOSTILE = "<img src=x onerror=\"window.pwned=1\"> & <script>window.pwned=2</script>";

    private static String own() {
        return RestAssured.baseURI + ":" + RestAssured.port;
    }

    private static String unique() {
        return UUID.randomUUID().toString().replaceAll("[^a-z]", "");
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver;
    }

    private static By card(int n) {
        return By.cssSelector("article.card[data-n='" + n + "']");
    }

    private static By card(int n, String status) {
        return By.cssSelector("article.card[data-n='" + n + "'][data-status='" + status + "']");
    }

    /** Presses Tab until the focused element matches the selector; fails when it never does. */
    private void tabTo(String selector) {
        Actions keys = new Actions(browser.driver);
        for (int i = 0; i < 60; i++) {
            if ((Boolean) js().executeScript("return document.activeElement.matches(arguments[0]);", selector)) {
                return;
            }
            keys.sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached " + selector);
    }

    private void assertFocusVisible() {
        String outline = (String) js().executeScript("const s = getComputedStyle(document.activeElement);"
                + " return s.outlineStyle + ' ' + s.outlineWidth;");
        assertFalse(outline.startsWith("none") || outline.endsWith(" 0px"), "focus is visible: " + outline);
    }

    private static String document(String title, String text) {
        return Tokens.editor().contentType(ContentType.JSON)
                .body(Map.of("title", title, "text", text, "publishedOn", "2026-02-03"))
                .when().post("/api/documents").then().statusCode(201).extract().path("id");
    }

    /** Worded unlike SuggestionResourceTest's article: what one accepts must not corroborate the other's. */
    private static String article(String w) {
        return "GENEVA — Talks resumed on Monday.\n\n"
                + "The Kremlin demanded binding written guarantees on its western security by " + w + ", Ryabkov said.\n\n"
                + "“Moscow will never bow to penalties over the " + w + " drills,” he said.\n\n"
                + "The weather was mild.\n\n"
                + "Washington warned of severe economic sanctions if troops cross into " + w + ", officials said.\n\n"
                + "A reader wrote " + HOSTILE + " in the comments.";
    }

    @Test
    void anEditorAcceptsCorrectsAndRejectsWithTheKeyboardAlone() {
        String w = unique();
        String title = "Talks " + w + " <b>resume</b>";
        String text = article(w);
        String id = document(title, text);
        JsonPath suggested = given().get("/api/documents/" + id + "/suggestions").then().statusCode(200)
                .extract().jsonPath();
        List<String> ids = suggested.getList("id");
        assertTrue(ids.size() >= 3, "the article gives three suggestions or more: " + ids);
        String token = Tokens.token("erin", "editor");

        browser.driver.get(own() + "/review/" + id);
        browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("article.card"), ids.size()));

        // The article and the title are text: the markup in them shows as written and runs nothing.
        assertEquals(title, browser.driver.findElement(By.id("title")).getDomProperty("textContent"));
        assertEquals(text, browser.driver.findElement(By.id("text")).getDomProperty("textContent"));
        assertTrue(browser.driver.findElements(By.cssSelector("#title b, #text img, #text script, .card img"))
                .isEmpty());
        assertNull(js().executeScript("return window.pwned;"));
        for (int i = 0; i < ids.size(); i++) {
            String marked = (String) js().executeScript("return [...document.querySelectorAll('#text mark')]"
                    + ".filter(m => m.dataset.suggestions.split(' ').includes(arguments[0]))"
                    + ".map(m => m.textContent).join('');", ids.get(i));
            assertEquals(suggested.getString("[" + i + "].citations[0].quote"), marked, "passage highlighted");
        }

        // The token: Tab to the field, paste, Enter. It stays in this tab's sessionStorage, out of every URL.
        tabTo("#token");
        assertFocusVisible();
        new Actions(browser.driver).sendKeys(token).sendKeys(Keys.ENTER).perform();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("token-status"), "erin"));
        assertEquals(token, js().executeScript("return sessionStorage.getItem('parley.review.token');"));
        assertEquals("", browser.driver.findElement(By.id("token")).getDomProperty("value"));

        // 1: accepted as suggested (Tab to its Accept, Enter).
        tabTo("article.card[data-n='1'] button.accept");
        assertFocusVisible();
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        WebElement first = browser.wait.until(ExpectedConditions.presenceOfElementLocated(card(1, "ACCEPTED")));
        String created = first.findElement(By.cssSelector("a.position")).getDomProperty("textContent");
        assertEquals("card-1-outcome", js().executeScript("return document.activeElement.id"),
                "focus lands on the outcome, which says what happened");

        // 2: corrected. A first try answering an unknown position is refused, readably, and the field marked.
        tabTo("article.card[data-n='2'] select[name='topic']");
        new Actions(browser.driver).sendKeys("Sanctions").perform();
        tabTo("article.card[data-n='2'] select[name='kind']");
        new Actions(browser.driver).sendKeys("Warning").perform();
        tabTo("article.card[data-n='2'] textarea[name='summary']");
        String summary = "Russia warns against sanctions over the " + w + " exercises.";
        new Actions(browser.driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(Keys.DELETE)
                .sendKeys(summary).perform();
        tabTo("article.card[data-n='2'] input[name='respondsTo']");
        new Actions(browser.driver).sendKeys("no-such-position-" + w).perform();
        tabTo("article.card[data-n='2'] button.accept");
        new Actions(browser.driver).sendKeys(Keys.SPACE).perform();
        WebElement problem = browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("article.card[data-n='2'] .outcome .problem")));
        String shown = problem.getDomProperty("textContent");
        assertTrue(shown.contains("(422)") && shown.contains("respondsTo: unknown position 'no-such-position-" + w),
                shown);
        WebElement respondsTo = browser.driver.findElement(
                By.cssSelector("article.card[data-n='2'] input[name='respondsTo']"));
        assertEquals("true", respondsTo.getDomAttribute("aria-invalid"));
        assertEquals("respondsTo-2", js().executeScript("return document.activeElement.id"),
                "focus goes to the field to fix");
        assertEquals("PENDING", browser.driver.findElement(card(2)).getDomAttribute("data-status"));
        new Actions(browser.driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(Keys.DELETE)
                .sendKeys(created).perform();
        assertEquals("sanctions", browser.driver.findElement(
                By.cssSelector("article.card[data-n='2'] select[name='topic']")).getDomProperty("value"));
        assertEquals("WARNING", browser.driver.findElement(
                By.cssSelector("article.card[data-n='2'] select[name='kind']")).getDomProperty("value"));
        tabTo("article.card[data-n='2'] button.accept");
        new Actions(browser.driver).sendKeys(Keys.SPACE).perform();
        WebElement second = browser.wait.until(ExpectedConditions.presenceOfElementLocated(card(2, "ACCEPTED")));
        String corrected = second.findElement(By.cssSelector("a.position")).getDomProperty("textContent");

        // 3: rejected (Tab to its Reject, Space).
        tabTo("article.card[data-n='3'] button.reject");
        assertFocusVisible();
        new Actions(browser.driver).sendKeys(Keys.SPACE).perform();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(card(3, "REJECTED")));
        WebElement third = browser.driver.findElement(By.cssSelector("#text mark[data-suggestions~='" + ids.get(2)
                + "']"));
        assertEquals(passageStatus(third.getDomAttribute("data-suggestions"), id), third.getDomAttribute(
                "data-status"), "a passage shows pending while one of its suggestions is, else accepted or rejected");

        // What the API holds now.
        JsonPath one = given().get("/api/positions/" + created).then().statusCode(200).extract().jsonPath();
        assertEquals(suggested.getString("[0].party"), one.getString("party.id"));
        assertEquals(suggested.getString("[0].topic"), one.getString("topic.id"));
        assertEquals(suggested.getString("[0].kind"), one.getString("kind"));
        assertEquals(suggested.getString("[0].summary"), one.getString("summary"));
        assertCitesExactly(one, suggested, 0, id, text);

        JsonPath two = given().get("/api/positions/" + corrected).then().statusCode(200).extract().jsonPath();
        assertNotEquals(created, corrected);
        assertEquals(suggested.getString("[1].party"), two.getString("party.id"));
        assertEquals("sanctions", two.getString("topic.id"));
        assertEquals("WARNING", two.getString("kind"));
        assertEquals(summary, two.getString("summary"));
        assertEquals(created, two.getString("respondsTo.id"));
        assertEquals("2026-02-03", two.getString("statedOn"));
        assertCitesExactly(two, suggested, 1, id, text);
        assertEquals("erin", given().get("/api/positions/" + corrected + "/history").jsonPath()
                .getString("[0].by"));

        JsonPath after = given().get("/api/documents/" + id + "/suggestions").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("ACCEPTED", "ACCEPTED", "REJECTED"), after.getList("status").subList(0, 3));
        assertEquals(List.of("erin", "erin", "erin"), after.getList("reviewedBy").subList(0, 3));
        assertEquals(created, after.getString("[0].position"));
        assertEquals(corrected, after.getString("[1].position"));
        assertNull(after.get("[2].position"));

        // Nothing came from elsewhere, nothing broke the policy, and the token never went into a URL.
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) js().executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name).concat([location.href]);");
        loaded.forEach(url -> assertTrue(url.startsWith(own() + "/"), url + " comes from elsewhere"));
        loaded.forEach(url -> assertFalse(url.contains(token), "the token is in " + url));
        assertTrue(browser.consoleMessages().stream().noneMatch(m -> m.contains("Content Security Policy")),
                browser.consoleMessages().toString());

        // Reloaded, the tab still has its token, and the cards show how each suggestion ended.
        browser.driver.navigate().refresh();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(card(3, "REJECTED")));
        assertTrue(browser.driver.findElement(By.id("token-status")).getDomProperty("textContent").contains("erin"));
        assertTrue(browser.driver.findElement(card(1)).getDomProperty("textContent").contains("Accepted by erin"));
    }

    /** What a passage shows: pending while one of its suggestions is, else accepted if one was, else rejected. */
    private static String passageStatus(String suggestionIds, String document) {
        List<String> on = List.of(suggestionIds.split(" "));
        List<Map<String, Object>> all = given().get("/api/documents/" + document + "/suggestions").jsonPath()
                .getList("$");
        List<Object> statuses = all.stream().filter(x -> on.contains(x.get("id"))).map(x -> x.get("status"))
                .toList();
        return statuses.contains("PENDING") ? "PENDING" : statuses.contains("ACCEPTED") ? "ACCEPTED" : "REJECTED";
    }

    /**
     * One statement listing several positions gives several suggestions on the same passage: the article shows it
     * as one highlight that says how many and lists their cards; from the keyboard the editor opens the list, goes to
     * each card, accepts one and rejects the other, and the API holds what was done to each.
     */
    @Test
    void aPassageSeveralSuggestionsShareIsOneHighlightListingTheirCards() {
        String w = unique();
        String text = "BRUSSELS — Ministers met on Tuesday.\n\n"
                + "Washington warned of severe economic sanctions if troops cross into " + w + ", officials said.\n\n"
                + "The weather was mild.";
        String id = document("Sanctions " + w, text);
        JsonPath suggested = given().get("/api/documents/" + id + "/suggestions").then().statusCode(200)
                .extract().jsonPath();
        List<String> ids = suggested.getList("id");
        List<Integer> shared = new java.util.ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (suggested.getInt("[" + i + "].citations[0].start") == suggested.getInt("[0].citations[0].start")
                    && suggested.getInt("[" + i + "].citations[0].end") == suggested.getInt("[0].citations[0].end")) {
                shared.add(i);
            }
        }
        assertTrue(shared.size() >= 2, "the sentence names sanctions and troops: two suggestions on it " + ids);
        int a = shared.get(0);
        int b = shared.get(1);
        String quote = suggested.getString("[" + a + "].citations[0].quote");
        String on = String.join(" ", shared.stream().map(ids::get).toList());

        browser.driver.get(own() + "/review/" + id);
        js().executeScript("sessionStorage.setItem('parley.review.token', arguments[0]);",
                Tokens.token("erin", "editor"));
        browser.driver.navigate().refresh();
        browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("article.card"), ids.size()));

        // One highlight for the passage, belonging to each suggestion on it and saying how many.
        String passage = "#text mark[data-suggestions='" + on + "']";
        List<WebElement> marks = browser.driver.findElements(By.cssSelector("#text mark"));
        WebElement mark = browser.driver.findElement(By.cssSelector(passage));
        assertEquals(1, marks.stream().filter(m -> m.getDomAttribute("data-suggestions").contains(ids.get(a)))
                .count(), "one highlight, not one per suggestion");
        assertEquals(quote, mark.getDomProperty("textContent"));
        assertEquals(String.valueOf(shared.size()), mark.getDomAttribute("data-count"));
        assertEquals(text, browser.driver.findElement(By.id("text")).getDomProperty("textContent"),
                "the count is not written into the article");
        assertTrue(browser.driver.findElement(card(a + 1)).getDomProperty("textContent")
                .contains("Same passage as suggestion " + (b + 1)));

        // From the keyboard: Tab to the passage, Enter lists its cards, the second goes to its card; accept it.
        tabTo(passage);
        assertFocusVisible();
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("passage")));
        assertEquals(shared.size(), browser.driver.findElements(By.cssSelector("#passage button.go")).size());
        assertEquals(ids.get(a), js().executeScript("return document.activeElement.dataset.suggestion"));
        new Actions(browser.driver).sendKeys(Keys.TAB).perform();
        assertEquals(ids.get(b), js().executeScript("return document.activeElement.dataset.suggestion"));
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        assertEquals("card-" + (b + 1) + "-heading", js().executeScript("return document.activeElement.id"));
        tabTo("article.card[data-n='" + (b + 1) + "'] button.accept");
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        WebElement accepted = browser.wait.until(ExpectedConditions.presenceOfElementLocated(card(b + 1, "ACCEPTED")));
        String created = accepted.findElement(By.cssSelector("a.position")).getDomProperty("textContent");
        assertEquals("PENDING", browser.driver.findElement(By.cssSelector(passage)).getDomAttribute("data-status"),
                "still pending: the other suggestion on it is");

        // Escape closes the list and goes back to the passage; the first card is reached the same way, rejected.
        browser.driver.findElement(By.cssSelector(passage)).sendKeys(Keys.ENTER);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("passage")));
        new Actions(browser.driver).sendKeys(Keys.ESCAPE).perform();
        assertFalse(browser.driver.findElement(By.id("passage")).isDisplayed());
        assertEquals(on, js().executeScript("return document.activeElement.dataset.suggestions"));
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("passage")));
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        assertEquals("card-" + (a + 1) + "-heading", js().executeScript("return document.activeElement.id"));
        tabTo("article.card[data-n='" + (a + 1) + "'] button.reject");
        new Actions(browser.driver).sendKeys(Keys.SPACE).perform();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(card(a + 1, "REJECTED")));

        JsonPath after = given().get("/api/documents/" + id + "/suggestions").then().statusCode(200)
                .extract().jsonPath();
        assertEquals("REJECTED", after.getString("[" + a + "].status"));
        assertEquals("ACCEPTED", after.getString("[" + b + "].status"));
        assertEquals(created, after.getString("[" + b + "].position"));
        assertEquals(passageStatus(on, id), browser.driver.findElement(By.cssSelector(passage))
                .getDomAttribute("data-status"));
        JsonPath position = given().get("/api/positions/" + created).then().statusCode(200).extract().jsonPath();
        assertEquals(suggested.getString("[" + b + "].topic"), position.getString("topic.id"),
                "the position is the chosen card's, not the other one's on the same passage");
        assertEquals(suggested.getString("[" + b + "].party"), position.getString("party.id"));
        assertCitesExactly(position, suggested, b, id, text);
    }

    private static void assertCitesExactly(JsonPath position, JsonPath suggested, int i, String document,
            String text) {
        String at = "[" + i + "].citations[0].";
        assertEquals(1, position.getList("citations").size());
        assertEquals(document, position.getString("citations[0].document.id"));
        int start = suggested.getInt(at + "start");
        int end = suggested.getInt(at + "end");
        assertEquals(start, position.getInt("citations[0].start"));
        assertEquals(end, position.getInt("citations[0].end"));
        assertEquals(suggested.getString(at + "quote"), position.getString("citations[0].quote"));
        assertEquals(text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end)),
                position.getString("citations[0].quote"), "exactly the span");
    }

    @Test
    void withoutATokenNothingIsWrittenAndTheEditorIsSentToTheTokenField() {
        String id = document("Talks " + unique(), article(unique()));
        browser.driver.get(own() + "/review/" + id);
        js().executeScript("sessionStorage.clear();");
        browser.driver.navigate().refresh();
        WebElement accept = browser.wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("article.card[data-n='1'] button.accept")));
        accept.sendKeys(Keys.ENTER);
        WebElement problem = browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("article.card[data-n='1'] .outcome .problem")));
        assertTrue(problem.getDomProperty("textContent").contains("Paste an editor token"),
                problem.getDomProperty("textContent"));
        assertEquals("token", js().executeScript("return document.activeElement.id"));
        assertEquals("PENDING", given().get("/api/documents/" + id + "/suggestions").jsonPath().getString("[0].status"));

        // A token without the editor role is refused by the API, and the page says why.
        String reader = Tokens.token("rita");
        browser.driver.findElement(By.id("token")).sendKeys(reader, Keys.ENTER);
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("token-status"), "rita"));
        browser.driver.findElement(By.cssSelector("article.card[data-n='1'] button.reject")).sendKeys(Keys.ENTER);
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("article.card[data-n='1'] .outcome"), "(403)"));
        assertEquals("PENDING", given().get("/api/documents/" + id + "/suggestions").jsonPath().getString("[0].status"));
        js().executeScript("sessionStorage.clear();");
    }

    @Test
    void anUnknownDocumentIsShownAsTheProblemTheApiReturned() {
        browser.driver.get(own() + "/review/no-such-document-" + unique());
        WebElement problem = browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#review .problem")));
        String shown = problem.getDomProperty("textContent");
        assertTrue(shown.contains("Not Found (404)") && shown.contains("no-such-document-"), shown);
    }
}
