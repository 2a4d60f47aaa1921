package org.parley.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.parley.Fixtures;
import org.parley.Tokens;

/**
 * 8 writers each make 50 updates to one position (created for the test) over HTTP, each reading the ETag and retrying on 412. Every
 * update acknowledged with 2xx must be in the history, at the version it was acknowledged with: none is lost.
 */
@QuarkusTest
class ConcurrentUpdatesTest {

    private static final int WRITERS = 8;
    private static final int UPDATES = 50;
    @TestHTTPResource("/api/positions/")
    URI positions;

    private URI position;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void noAcknowledgedUpdateIsLost() throws Exception {
        position = positions.resolve(Fixtures.position());
        String token = Tokens.token("writer", "editor");
        Map<Long, String> acknowledged = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<Integer>> conflicts = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            conflicts.add(pool.submit(() -> write(writer, token, acknowledged)));
        }
        int refused = 0;
        for (Future<Integer> f : conflicts) {
            refused += f.get();
        }
        pool.shutdown();

        assertEquals(WRITERS * UPDATES, acknowledged.size(), "each acknowledged update has its own version");
        JsonNode history = json.readTree(http.send(HttpRequest.newBuilder(URI.create(position + "/history")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        Map<Long, String> summaryAt = summariesByVersion(history, current());
        for (Map.Entry<Long, String> ack : acknowledged.entrySet()) {
            assertEquals(ack.getValue(), summaryAt.get(ack.getKey()), "update acknowledged at version " + ack.getKey());
        }
        assertTrue(refused > 0, "the writers did collide (" + refused + " stale writes refused with 412)");
    }

    /** Makes this writer's updates, retrying each on 412; answers how many attempts were refused as stale. */
    private int write(int writer, String token, Map<Long, String> acknowledged) throws Exception {
        int refused = 0;
        for (int i = 0; i < UPDATES; i++) {
            String summary = "Writer " + writer + ", update " + i + ".";
            while (true) {
                HttpResponse<String> read = http.send(HttpRequest.newBuilder(position).build(),
                        HttpResponse.BodyHandlers.ofString());
                HttpResponse<String> written = http.send(HttpRequest.newBuilder(position)
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/merge-patch+json")
                        .header("If-Match", read.headers().firstValue("ETag").orElseThrow())
                        .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"summary\": \"" + summary + "\"}"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (written.statusCode() == 200) {
                    acknowledged.put(json.readTree(written.body()).get("version").asLong(), summary);
                    break;
                }
                assertEquals(412, written.statusCode(), written.body());
                refused++;
            }
        }
        return refused;
    }

    private JsonNode current() throws Exception {
        return json.readTree(http.send(HttpRequest.newBuilder(position).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    /** The summary the position had at each version: a change's "before" is the state of the version before it. */
    private static Map<Long, String> summariesByVersion(JsonNode history, JsonNode current) {
        Map<Long, String> summaries = new HashMap<>();
        for (JsonNode revision : history) {
            JsonNode before = revision.get("before");
            if (before != null && before.has("summary")) {
                summaries.put(revision.get("version").asLong() - 1, before.get("summary").asText());
            }
        }
        summaries.put(current.get("version").asLong(), current.get("summary").asText());
        return summaries;
    }
}
