package org.parley.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.PackagedService;

/**
 * Users' writes over the seeds, in a random order and on random records (the seed is printed), then a restart: the
 * packaged service starts, and every delete, edit and reuse of a seed's text, representative or id is kept.
 */
class SeedRestartIT {

    private static final String DOC_002 = "002_629668672a8f4b6d";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private PackagedService service;
    private String token;

    /** What a user did, and how to see after the restart that it stuck. */
    private interface Check {
        void holds() throws Exception;
    }

    @Test
    void usersWritesOverTheSeedsSurviveARestart(@TempDir Path folder) throws Exception {
        long seed = System.nanoTime();
        System.out.println("SeedRestartIT seed: " + seed);
        Random random = new Random(seed);
        service = new PackagedService(folder, "seed_restart", Map.of()).fresh().start().awaitReady();
        token = service.adminToken();
        List<Check> checks = new ArrayList<>();
        try {
            List<Runnable> cascades = new ArrayList<>(List.of(
                    () -> checks.add(repostDocument002()),
                    () -> checks.add(replaceUkraineReusingKuleba()),
                    () -> checks.add(deleteATopic(random))));
            Collections.shuffle(cascades, random);
            cascades.subList(0, 1 + random.nextInt(cascades.size())).forEach(Runnable::run);
            List<String> positions = positionIds();
            Collections.shuffle(positions, random);
            checks.add(deletePosition(positions.get(0)));
            checks.add(editPosition(positions.get(1)));
            checks.add(reuseFreedId(positions.get(2)));
        } finally {
            stop();
        }
        service = new PackagedService(folder, "seed_restart", Map.of()).start().awaitReady();
        try {
            for (Check check : checks) {
                check.holds();
            }
            String ready = get("/q/health/ready").body();
            assertTrue(ready.contains("\"UP\""), ready);
        } finally {
            stop();
        }
    }

    private Check repostDocument002() {
        String text = get("/api/documents/" + DOC_002 + "/text").body();
        assertEquals(204, send("DELETE", "/api/documents/" + DOC_002 + "?cascade=true", etag("/api/documents/"
                + DOC_002), null).statusCode());
        HttpResponse<String> posted = send("POST", "/api/documents", null, json(Map.of("title", "Posted again",
                "text", text)));
        assertEquals(201, posted.statusCode(), posted.body());
        String newId = read(posted.body()).path("id").asText();
        return () -> {
            assertEquals(404, get("/api/documents/" + DOC_002).statusCode(), "deleted seed document came back");
            assertEquals(text, get("/api/documents/" + newId + "/text").body());
        };
    }

    private Check replaceUkraineReusingKuleba() {
        assertEquals(204, send("DELETE", "/api/parties/ukraine?cascade=true", etag("/api/parties/ukraine"), null)
                .statusCode());
        HttpResponse<String> created = send("POST", "/api/parties", null, json(Map.of("id", "ukraine-now",
                "name", "Ukraine (edited)", "kind", "STATE", "representatives",
                List.of(Map.of("id", "dmytro-kuleba", "name", "Dmytro Kuleba")))));
        assertEquals(201, created.statusCode(), created.body());
        return () -> {
            assertEquals(404, get("/api/parties/ukraine").statusCode(), "deleted seed party came back");
            assertTrue(get("/api/parties/ukraine-now").body().contains("dmytro-kuleba"));
        };
    }

    private Check deleteATopic(Random random) {
        List<String> topics = new ArrayList<>();
        read(get("/api/topics?size=100").body()).path("items").forEach(t -> topics.add(t.path("id").asText()));
        String topic = topics.get(random.nextInt(topics.size()));
        assertEquals(204, send("DELETE", "/api/topics/" + topic + "?cascade=true", etag("/api/topics/" + topic),
                null).statusCode());
        return () -> assertEquals(404, get("/api/topics/" + topic).statusCode(), "deleted seed topic came back");
    }

    private Check deletePosition(String id) {
        assertEquals(204, send("DELETE", "/api/positions/" + id + "?cascade=true", etag("/api/positions/" + id),
                null).statusCode());
        return () -> assertEquals(404, get("/api/positions/" + id).statusCode(), "deleted seed position came back");
    }

    private Check editPosition(String id) {
        String summary = "Edited by a user at " + System.nanoTime() + ".";
        HttpResponse<String> patched = send("PATCH", "/api/positions/" + id, etag("/api/positions/" + id),
                json(Map.of("summary", summary)));
        assertEquals(200, patched.statusCode(), patched.body());
        return () -> assertEquals(summary, read(get("/api/positions/" + id).body()).path("summary").asText());
    }

    private Check reuseFreedId(String id) {
        JsonNode seeded = read(get("/api/positions/" + id).body());
        deletePosition(id);
        String summary = "A user's own position under a freed seed id.";
        HttpResponse<String> created = send("POST", "/api/positions", null, json(Map.of("id", id,
                "party", seeded.path("party").path("id").asText(), "topic", seeded.path("topic").path("id").asText(),
                "kind", "WARNING", "summary", summary, "statedOn", "2022-01-08", "citations", List.of(Map.of(
                        "document", "001_949e2e32b0da38f4",
                        "quote", "would hit Russia hard with economic sanctions should it attack Ukraine")))));
        assertEquals(201, created.statusCode(), created.body());
        return () -> assertEquals(summary, read(get("/api/positions/" + id).body()).path("summary").asText());
    }

    private List<String> positionIds() {
        List<String> ids = new ArrayList<>();
        for (int page = 1, pages = 1; page <= pages; page++) {
            JsonNode body = read(get("/api/positions?size=100&page=" + page).body());
            pages = body.path("totalPages").asInt();
            body.path("items").forEach(p -> ids.add(p.path("id").asText()));
        }
        return ids;
    }

    private void stop() throws InterruptedException {
        service.process().destroy();
        service.process().waitFor(60, TimeUnit.SECONDS);
    }

    private String etag(String path) {
        return get(path).headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + path));
    }

    private HttpResponse<String> get(String path) {
        return send("GET", path, null, null);
    }

    private HttpResponse<String> send(String method, String path, String ifMatch, String body) {
        URI uri = service.uri(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (!method.equals("GET")) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", method.equals("PATCH") ? "application/merge-patch+json"
                    : "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(method + " " + uri, e);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(body, e);
        }
    }
}
