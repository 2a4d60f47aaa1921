package org.parley.cache;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.api.GzipTest;

/**
 * A kept read served on the event loop, before Quarkus REST, is the same response Quarkus REST sent when it rendered
 * it: status, every header but Date, and bytes, whatever the client accepts, whether its copy is current, and from
 * which origin; and the request metrics still name its route.
 */
@QuarkusTest
@TestProfile(EarlyCachedReadsTest.OneProcess.class)
class EarlyCachedReadsTest {

    /**
     * The generation known without a query, as on H2 or one replica: with a shared database checked on every read
     * (PostgreSQL's default), every read asks the database first, off the event loop, so none is served early.
     */
    public static class OneProcess implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("parley.cache.shared-database", "false");
        }
    }

    private static final Pattern URI_TAG = Pattern.compile("http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]*)\"");

    @ParameterizedTest
    @CsvSource({
            "/api/positions/ru-demand-nato-non-expansion, application/json, gzip",
            "/api/positions/ru-demand-nato-non-expansion, application/json, identity",
            "/api/positions?party=russia&size=5, application/json, gzip",
            "/api/positions?party=russia&size=5, text/csv, identity",
            "/api/matrix, application/json, gzip",
            "'/api/documents/001_949e2e32b0da38f4/text?char=0,20', text/plain, identity",
            "/api/parties, , identity"})
    void aReadServedEarlyIsTheResponseRenderedBefore(String path, String accept, String encoding) {
        // A parameter the API ignores makes a URL nobody has read, so the first read renders.
        String url = path + (path.contains("?") ? "&" : "?") + "early=" + UUID.randomUUID();
        long before = RestRequests.COUNT.get();
        Response rendered = request(accept, encoding).header("Origin", "https://news.example.org").get(url);
        assertEquals(before + 1, RestRequests.COUNT.get(), "the first read is rendered by Quarkus REST");
        Response early = request(accept, encoding).header("Origin", "https://news.example.org").get(url);
        assertEquals(before + 1, RestRequests.COUNT.get(), "the second never reaches it");
        assertSame(rendered, early);

        String tag = rendered.header("ETag");
        Response revalidated = request(accept, encoding).header("If-None-Match", tag).get(url);
        assertEquals(304, revalidated.statusCode());
        assertEquals(tag, revalidated.header("ETag"));
        assertEquals(before + 1, RestRequests.COUNT.get(), "a 304 is served early too");
    }

    /** A large body is served early from memory made once: every read gets all of it, not what the last left. */
    @Test
    void aLargeKeptReadIsServedWholeAgainAndAgain() {
        String url = "/api/positions?size=200&early=" + UUID.randomUUID();
        Response rendered = request("application/json", "gzip").get(url);
        assertTrue(rendered.asByteArray().length >= 16_384, "large enough to be kept in direct memory: "
                + rendered.asByteArray().length + " bytes");
        long before = RestRequests.COUNT.get();
        for (int i = 0; i < 3; i++) {
            assertSame(rendered, request("application/json", "gzip").get(url));
        }
        assertEquals(before, RestRequests.COUNT.get(), "all three served early");
    }

    @Test
    void theRequestMetricsNameTheRouteOfAReadServedEarly() {
        String url = "/api/topics/sanctions?early=" + UUID.randomUUID();
        given().get(url).then().statusCode(200);
        long before = RestRequests.COUNT.get();
        for (int i = 0; i < 3; i++) {
            given().get(url).then().statusCode(200);
        }
        assertEquals(before, RestRequests.COUNT.get());
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher uris = URI_TAG.matcher(metrics);
        boolean route = false;
        while (uris.find()) {
            assertTrue(!uris.group(1).contains("sanctions"), "a raw path became a tag: " + uris.group(1));
            route |= uris.group(1).equals("/api/topics/{id}");
        }
        assertTrue(route, "the route's template is a tag");
    }

    /** The bytes as sent, not decoded: REST Assured would otherwise undo the gzip coding. */
    private static RequestSpecification request(String accept, String encoding) {
        RequestSpecification spec = GzipTest.raw(encoding);
        return accept == null ? spec : spec.accept(accept);
    }

    private static void assertSame(Response rendered, Response early) {
        assertEquals(rendered.statusCode(), early.statusCode());
        assertEquals(headers(rendered), headers(early));
        assertArrayEquals(rendered.asByteArray(), early.asByteArray());
    }

    private static Map<String, String> headers(Response response) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        response.headers().forEach(h -> headers.merge(h.getName(), h.getValue(), (a, b) -> a + ", " + b));
        headers.remove("Date");
        return headers;
    }
}
