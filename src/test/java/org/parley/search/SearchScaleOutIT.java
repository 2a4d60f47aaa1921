package org.parley.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.PackagedService;

/**
 * Two replicas of the packaged service on one PostgreSQL, each with its own index: what one writes, the other
 * finds by its words within its check interval, and what one changes or deletes the other stops finding.
 * PostgreSQL pass only: H2 serves one process.
 */
class SearchScaleOutIT {

    private static final Duration CHECK_INTERVAL = Duration.ofMillis(200);
    private static final Pattern TOTAL = Pattern.compile("\"totalItems\":(\\d+)");

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void eachReplicasIndexFollowsTheOthersWrites(@TempDir Path folder) throws Exception {
        Assumptions.assumeTrue(PackagedService.onPostgresql(), "several replicas need PostgreSQL");
        Map<String, String> shared = Map.of("PARLEY_AUTH_KEY_DIR", folder.resolve("keys").toString(),
                "PARLEY_CACHE_SHARED_CHECK_INTERVAL", CHECK_INTERVAL.toMillis() + "ms");
        PackagedService a = new PackagedService(folder.resolve("a"), "searchout", shared);
        PackagedService b = new PackagedService(folder.resolve("b"), "searchout", shared);
        Files.createDirectories(folder.resolve("a"));
        Files.createDirectories(folder.resolve("b"));
        a.fresh().start().awaitReady();
        b.start().awaitReady();
        try {
            String token = a.adminToken();
            String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
            String other = word + "x";
            assertEquals(0, total(b, "/api/positions", word), "B has read the empty answer before A writes");

            HttpResponse<String> created = send("POST", a.uri("/api/positions"), token, null, """
                    {"id": "search-out", "party": "united-states", "topic": "sanctions", "kind": "WARNING",
                     "summary": "Written through A: %s.", "statedOn": "2022-01-08",
                     "citations": [{"document": "001_949e2e32b0da38f4",
                                    "quote": "would hit Russia hard with economic sanctions should it attack Ukraine"}]}
                    """.formatted(word));
            assertEquals(201, created.statusCode(), created.body());
            assertEquals(1, total(a, "/api/positions", word), "A finds its own write at once");
            awaitTotal(b, "/api/positions", word, 1);

            String etag = created.headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> patched = send("PATCH", a.uri("/api/positions/search-out"), token, etag,
                    "{\"summary\": \"Changed through A: " + other + ".\"}");
            assertEquals(200, patched.statusCode(), patched.body());
            awaitTotal(b, "/api/positions", other, 1);
            assertEquals(0, total(b, "/api/positions", word));

            HttpResponse<String> deleted = send("DELETE", a.uri("/api/positions/search-out"), token,
                    patched.headers().firstValue("ETag").orElseThrow(), null);
            assertEquals(204, deleted.statusCode(), deleted.body());
            awaitTotal(b, "/api/positions", other, 0);

            HttpResponse<String> document = send("POST", a.uri("/api/documents"), token, null,
                    "{\"title\": \"T\", \"text\": \"The envoy spoke of " + word + ".\"}");
            assertEquals(201, document.statusCode(), document.body());
            awaitTotal(b, "/api/search", word, 1);

            // B writes right after A, before it has looked for A's write: its own write is not the next after
            // what its index caught up with, so it must still catch up with A's.
            String fromA = word + "a";
            String fromB = word + "b";
            assertEquals(201, send("POST", a.uri("/api/documents"), token, null,
                    "{\"title\": \"A\", \"text\": \"Written through A: " + fromA + ".\"}").statusCode());
            assertEquals(201, send("POST", b.uri("/api/documents"), token, null,
                    "{\"title\": \"B\", \"text\": \"Written through B: " + fromB + ".\"}").statusCode());
            assertEquals(1, total(b, "/api/search", fromB), "B finds its own write at once");
            awaitTotal(b, "/api/search", fromA, 1);

            // A document leaves no row behind when deleted: B finds out by counting.
            String documentId = id(document.body());
            HttpResponse<String> gone = send("DELETE", a.uri("/api/documents/" + documentId), token,
                    document.headers().firstValue("ETag").orElseThrow(), null);
            assertEquals(204, gone.statusCode(), gone.body());
            awaitTotal(b, "/api/search", word, 0);
            assertEquals(1, total(b, "/api/search", fromA), "the other documents stay found");
        } finally {
            for (PackagedService replica : new PackagedService[] {a, b}) {
                replica.process().destroy();
                replica.process().waitFor(60, TimeUnit.SECONDS);
            }
        }
    }

    /** Polls until the search answers {@code expected}, within a few check intervals. */
    private void awaitTotal(PackagedService replica, String path, String q, long expected) throws Exception {
        Instant deadline = Instant.now().plus(CHECK_INTERVAL.multipliedBy(10)).plusSeconds(2);
        long last;
        do {
            last = total(replica, path, q);
            if (last == expected) {
                return;
            }
            Thread.onSpinWait();
        } while (Instant.now().isBefore(deadline));
        assertEquals(expected, last, path + "?q=" + q + " through the other replica");
    }

    private static String id(String json) {
        Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(json);
        assertTrue(id.find(), json);
        return id.group(1);
    }

    private long total(PackagedService replica, String path, String q) throws Exception {
        HttpResponse<String> found = http.send(HttpRequest.newBuilder(replica.uri(path + "?q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, found.statusCode(), found.body());
        Matcher total = TOTAL.matcher(found.body());
        assertTrue(total.find(), found.body());
        return Long.parseLong(total.group(1));
    }

    private HttpResponse<String> send(String method, URI uri, String token, String ifMatch, String json)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", method.equals("PATCH") ? "application/merge-patch+json"
                    : "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
