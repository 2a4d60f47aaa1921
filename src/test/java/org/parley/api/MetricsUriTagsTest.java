package org.parley.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Anonymous requests to odd paths must not each add a {@code uri} tag to the request metrics: past
 * quarkus.micrometer.binder.http-server.max-uri-tags (100) no new uri is recorded, real routes included.
 */
@QuarkusTest
class MetricsUriTagsTest {

    private static final Pattern URI_TAG = Pattern.compile(
            "^http_server_requests_seconds_count\\{.*\\buri=\"((?:[^\"\\\\]|\\\\.)*)\".*} (\\S+)$", Pattern.MULTILINE);
    private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS",
            "TRACE", "PROPFIND");
    private static final List<String> SHAPES = List.of("/api/%s", "/api/positions/%s/x", "/%s", "/embed/%s",
            "/api/%s;matrix=1", "//api//%s", "/api/%s%%zz", "/api/%%2e%%2e/%s", "/%s.php", "/q/%s",
            "/api/parties/%s/positions/extra", "/oembed/%s");

    @TestHTTPResource("/")
    URI base;

    @Test
    void oddPathsShareABoundedSetOfUriTagsAndRealRoutesAreStillRecorded() throws IOException {
        long seed = Long.getLong("parley.metrics.seed", System.nanoTime());
        Random random = new Random(seed);
        String marker = "odd" + Long.toHexString(random.nextLong() & 0xffffffffL);
        for (int i = 0; i < 500; i++) {
            String method = METHODS.get(random.nextInt(METHODS.size()));
            String path = String.format(SHAPES.get(random.nextInt(SHAPES.size())), marker + i);
            send(method, path, random.nextInt(3));
        }
        double reads = count("GET", "/api/parties/{id}");
        double writes = count("POST", "/api/topics");
        given().when().get("/api/parties/russia").then().statusCode(200);
        given().contentType("application/json").body("{}").when().post("/api/topics").then().statusCode(401);

        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Set<String> uris = uris(metrics);
        assertThat("seed " + seed + ": uri tags naming an odd path",
                uris.stream().filter(u -> u.contains(marker)).toList(), empty());
        assertThat("seed " + seed + ": " + uris, uris.size(), lessThanOrEqualTo(100));
        assertThat(uris, hasItem("/api/parties/{id}"));
        assertThat(count("GET", "/api/parties/{id}"), greaterThan(reads));
        assertThat("a write refused before its body is read keeps its route", count("POST", "/api/topics"),
                greaterThan(writes));
    }

    /** Sends a request with no credentials, as odd as the path, and reads the answer's status line. */
    private void send(String method, String path, int headers) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n");
            if (headers > 0) {
                request.append("Origin: https://elsewhere.example\r\nAccess-Control-Request-Method: POST\r\n");
            }
            if (headers > 1) {
                request.append("Content-Type: application/json\r\nContent-Length: 2\r\n");
            }
            request.append("Connection: close\r\n\r\n").append(headers > 1 ? "{}" : "");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            in.readAllBytes();
        }
    }

    private static Set<String> uris(String metrics) {
        Set<String> uris = new TreeSet<>();
        Matcher m = URI_TAG.matcher(metrics);
        while (m.find()) {
            uris.add(m.group(1));
        }
        return uris;
    }

    private static double count(String method, String uri) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        double total = 0;
        Matcher m = URI_TAG.matcher(metrics);
        while (m.find()) {
            if (m.group(1).equals(uri) && m.group().contains("method=\"" + method + "\"")) {
                total += Double.parseDouble(m.group(2));
            }
        }
        return total;
    }
}
