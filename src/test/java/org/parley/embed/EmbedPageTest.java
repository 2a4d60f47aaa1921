package org.parley.embed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EmbedPageTest {

    private static final Pattern ATTRIBUTE_URL = Pattern.compile("(?:src|href)=\"([^\"]*)\"");

    @Test
    void pagesMayBeFramedAndRunOnlyTheirOwnScript() {
        for (String page : List.of("/embed/matrix", "/embed/positions?topic=nato-expansion&party=russia")) {
            given().when().get(page)
                    .then().statusCode(200)
                    .contentType(containsString("text/html"))
                    .header("Content-Security-Policy", containsString("frame-ancestors *"))
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .header("Content-Security-Policy", containsString("connect-src 'self'"))
                    .header("Content-Security-Policy", containsString("default-src 'none'"))
                    .header("X-Frame-Options", nullValue())
                    .header("X-Content-Type-Options", equalTo("nosniff"));
        }
    }

    @Test
    void loadsNothingFromOutsideTheService() {
        String own = RestAssured.baseURI + ":" + RestAssured.port;
        String html = given().get("/embed/matrix").asString();
        List<String> urls = new ArrayList<>();
        Matcher m = ATTRIBUTE_URL.matcher(html);
        while (m.find()) {
            urls.add(m.group(1).replace("&amp;", "&"));
        }
        assertEquals(4, urls.size(), urls.toString()); // the oEmbed link, the style, the shared and the own script
        for (String url : urls) {
            assertTrue(url.startsWith(own + "/") || !url.contains(":"), "an own URL: " + url);
        }
        List<String> assets = urls.stream().filter(u -> !u.contains(":")).toList();
        assertEquals(3, assets.size(), assets.toString());
        for (String asset : assets) {
            Response response = given().when().get(URI.create("/embed/matrix").resolve(asset).toString());
            response.then().statusCode(200);
            String body = response.asString();
            assertFalse(body.contains("http://") || body.contains("https://") || body.contains("@import")
                    || body.contains("url("), asset + " refers to nothing outside the service");
        }
    }

    @Test
    void theShellCarriesNoDataButTheViewAndItsIds() {
        String html = given().get("/embed/positions?party=russia&party=%3Cscript%3Ealert(1)%3C/script%3E"
                + "&topic=%22onmouseover%3Dalert(1)").asString();
        assertTrue(html.contains("data-view=\"positions\""));
        assertFalse(html.contains("<script>alert"), html);
        assertFalse(html.contains("onmouseover"), html);
        assertTrue(html.contains("party%3Drussia"), "the oEmbed link keeps the valid ids");
    }

    @Test
    void assetsAreVersionedByTheirContent() {
        String html = given().get("/embed/matrix").asString();
        Matcher m = Pattern.compile("assets/widget\\.js\\?v=([0-9a-f]{16})\"").matcher(html);
        assertTrue(m.find(), html);
        assertTrue(html.contains("assets/widget.css?v=" + m.group(1)));
        assertTrue(html.contains("../assets/page.js?v=" + m.group(1)), "the shared script carries the version too");
        given().when().get("/embed/nothing-here").then().statusCode(404).body(not(containsString("Exception")));
    }
}
