package org.parley.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.Tokens;
import org.parley.ingest.LocalSite.Reply;

@QuarkusTest
class IngestByUrlTest {

    private static LocalSite site;

    @BeforeAll
    static void start() throws Exception {
        site = new LocalSite();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    static String page(String marker) {
        return """
                <!doctype html><html lang="en"><head>
                <title>Talks stall | Daily Planet</title>
                <meta property="og:title" content="Trade talks stall over tariffs %1$s">
                <meta property="og:site_name" content="Daily Planet">
                <meta property="article:published_time" content="2026-03-04T09:30:00Z">
                <script>var tracking = "<p>not text</p>";</script>
                </head><body>
                <nav><ul><li>Home</li><li>World</li></ul></nav>
                <article>
                  <h1>Trade talks stall over tariffs</h1>
                  <p>BRUSSELS &mdash; The European Union   demanded on Tuesday
                     that Washington lift its steel tariffs before any deal, %1$s.</p>
                  <p>&ldquo;We will not sign under pressure,&rdquo; the trade commissioner told reporters.</p>
                  <aside>Read more: unrelated story</aside>
                  <blockquote>No deal is better than a bad deal.</blockquote>
                </article>
                <footer>&copy; Daily Planet</footer>
                </body></html>
                """.formatted(marker);
    }

    @Test
    void storesThePagesMainTextAndMetadata() {
        String marker = "marker " + UUID.randomUUID();
        String url = site.put("/story-" + UUID.randomUUID(), Reply.html(page(marker)));
        String text = Tokens.editor().contentType(ContentType.JSON).body(Map.of("url", url))
                .when().post("/api/documents")
                .then().statusCode(201)
                .body("title", equalTo("Trade talks stall over tariffs " + marker))
                .body("outlet", equalTo("Daily Planet"))
                .body("url", equalTo(url))
                .body("publishedOn", equalTo("2026-03-04"))
                .body("publishedBasis", equalTo("METADATA"))
                .body("publishedNote", containsString("article:published_time"))
                .body("text", not(containsString("Home")))
                .body("text", not(containsString("tracking")))
                .body("text", not(containsString("unrelated")))
                .extract().path("text");
        assertEquals("Trade talks stall over tariffs\n\n"
                + "BRUSSELS — The European Union demanded on Tuesday that Washington lift its steel tariffs before any"
                + " deal, " + marker + ".\n\n"
                + "“We will not sign under pressure,” the trade commissioner told reporters.\n\n"
                + "No deal is better than a bad deal.", text);
    }

    @Test
    void theSamePageTwiceIsTheSameDocument() {
        String url = site.put("/again-" + UUID.randomUUID(), Reply.html(page(UUID.randomUUID().toString())));
        String id = Tokens.editor().contentType(ContentType.JSON).body(Map.of("url", url))
                .when().post("/api/documents").then().statusCode(201).extract().path("id");
        Tokens.editor().contentType(ContentType.JSON).body(Map.of("url", url))
                .when().post("/api/documents").then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void followsRedirectsAndReadsJsonLdDatesAndTimeElements() {
        String target = site.put("/target-" + UUID.randomUUID(), Reply.html("""
                <html><head><title>Climate finance pledge %s</title>
                <script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2025-11-20"}]}</script>
                </head><body><main><p>Delegates said the pledge falls short.</p></main></body></html>
                """.formatted(UUID.randomUUID())));
        String hop = site.put("/hop-" + UUID.randomUUID(), Reply.redirect(target));
        Tokens.editor().contentType(ContentType.JSON).body(Map.of("url", hop))
                .when().post("/api/documents")
                .then().statusCode(201)
                .body("url", equalTo(target))
                .body("publishedOn", equalTo("2025-11-20"))
                .body("publishedNote", containsString("JSON-LD"))
                .body("text", equalTo("Delegates said the pledge falls short."));

        String timed = site.put("/timed-" + UUID.randomUUID(), Reply.html("""
                <html><body><article><time datetime="2024-05-06T10:00">6 May</time>
                <p>Ministers warned of delays, %s.</p></article></body></html>
                """.formatted(UUID.randomUUID())));
        Tokens.editor().contentType(ContentType.JSON).body(Map.of("url", timed))
                .when().post("/api/documents")
                .then().statusCode(201)
                .body("publishedOn", equalTo("2024-05-06"))
                .body("publishedNote", containsString("<time datetime>"));
    }

    @Test
    void plainTextIsReadToo() {
        String body = "Ministers agree on a timetable " + UUID.randomUUID() + "\r\n\r\n\r\nThe talks resume in May.  \n";
        String url = site.put("/plain-" + UUID.randomUUID(), new Reply(200, "text/plain; charset=utf-8",
                body.getBytes(StandardCharsets.UTF_8), null));
        Tokens.editor().contentType(ContentType.JSON).body(Map.of("url", url, "title", "Given title"))
                .when().post("/api/documents")
                .then().statusCode(201)
                .body("title", equalTo("Given title"))
                .body("text", equalTo(body.strip().replace("\r\n\r\n\r\n", "\n\n")));
    }

    @Test
    void badPagesAnswerProblemsAndStoreNothing() {
        long before = total();
        String pdf = site.put("/doc-" + UUID.randomUUID() + ".pdf", new Reply(200, "application/pdf",
                new byte[] {'%', 'P', 'D', 'F'}, null));
        expect(Map.of("url", pdf), 415);
        String big = site.put("/big-" + UUID.randomUUID(), Reply.html("<p>" + "x".repeat(70_000) + "</p>"));
        expect(Map.of("url", big), 413);
        expect(Map.of("url", site.url("/missing-" + UUID.randomUUID())), 502);
        String loop = "/loop-" + UUID.randomUUID();
        site.put(loop, Reply.redirect(loop));
        expect(Map.of("url", site.url(loop)), 502);
        expect(Map.of("url", "http://unknown-host-" + UUID.randomUUID() + ".invalid/"), 502);
        String empty = site.put("/empty-" + UUID.randomUUID(), Reply.html("<html><body><nav>Menu</nav></body></html>"));
        expect(Map.of("url", empty), 422);
        String toFtp = site.put("/to-ftp-" + UUID.randomUUID(), Reply.redirect("ftp://127.0.0.1/file"));
        expect(Map.of("url", toFtp), 422);
        expect(Map.of("title", "no text, no url"), 400);
        assertEquals(before, total(), "nothing is stored on failure");
    }

    private static void expect(Map<String, String> body, int status) {
        Tokens.editor().contentType(ContentType.JSON).body(body)
                .when().post("/api/documents")
                .then().statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status));
    }

    private static long total() {
        return Long.parseLong(given().get("/api/documents?size=1").header("X-Total-Count"));
    }
}
