package org.parley.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.parley.Tokens;
import org.parley.race.Http;

/**
 * Eight writers of different kinds while a reader pages through the changes a few at a time: every committed change
 * is read exactly once, in commit order, whatever order the writers' transactions were stamped and committed in.
 */
@QuarkusTest
class ChangeCursorRaceTest {

    static final int WRITERS = 8;
    static final int ROUNDS = 6;

    @TestHTTPResource("/")
    URI base;

    private final ObjectMapper json = new ObjectMapper();
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    /** Every position the writers touched. */
    private final Set<String> touched = ConcurrentHashMap.newKeySet();

    @Test
    void aReaderPagingWhileEightWritersCommitSeesEveryChangeOnceInOrder() throws Exception {
        long start = ChangeFeedTest.head();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch writersDone = new CountDownLatch(WRITERS);
        try (Http http = new Http(base, Tokens.token("racer", "editor"))) {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    try {
                        write(http, writer);
                    } finally {
                        writersDone.countDown();
                    }
                    return null;
                }));
            }
            List<JsonNode> read = new ArrayList<>();
            long cursor = start;
            boolean more = true;
            while (writersDone.getCount() > 0 || more) {
                JsonNode page = json.readTree(ok(http.get("/api/changes?limit=3&after=" + cursor)).body());
                page.get("changes").forEach(read::add);
                cursor = page.get("next").asLong();
                more = page.get("more").asBoolean();
            }
            assertTrue(writersDone.await(120, TimeUnit.SECONDS));
            for (Future<?> writer : writers) {
                writer.get();
            }
            // A last look, now that every writer has been answered.
            JsonNode page = json.readTree(ok(http.get("/api/changes?limit=1000&after=" + cursor)).body());
            page.get("changes").forEach(read::add);

            List<Long> cursors = read.stream().map(c -> c.get("cursor").asLong()).toList();
            assertEquals(cursors.stream().distinct().sorted().toList(), cursors, "each change once, in cursor order");
            Map<String, List<String>> heard = new HashMap<>();
            read.stream().filter(c -> touched.contains(c.get("id").asText())).forEach(c -> heard.computeIfAbsent(
                    c.get("id").asText(), k -> new ArrayList<>()).add(c.get("version").asLong() + " "
                            + c.get("change").asText()));
            int changes = 0;
            for (String id : touched) {
                List<String> history = new ArrayList<>();
                json.readTree(ok(http.get("/api/positions/" + id + "/history")).body()).forEach(r -> history.add(
                        r.get("version").asLong() + " " + r.get("change").asText()));
                assertEquals(history, heard.getOrDefault(id, List.of()), "the changes of " + id);
                changes += history.size();
            }
            assertTrue(changes >= WRITERS * ROUNDS, "only " + changes + " changes");
        } finally {
            pool.shutdownNow();
        }
    }

    /** Writers 0-1 create, 2-3 patch, 4-5 create and delete positions, 6-7 revise a cited document's text. */
    private void write(Http http, int writer) throws Exception {
        String prefix = "race-feed-" + suffix + "-" + writer;
        switch (writer / 2) {
            case 0 -> {
                for (int i = 0; i < ROUNDS; i++) {
                    create(http, prefix + "-" + i, ChangeFeedTest.DOCUMENT, ChangeFeedTest.QUOTE);
                }
            }
            case 1 -> {
                String id = create(http, prefix, ChangeFeedTest.DOCUMENT, ChangeFeedTest.QUOTE);
                for (int i = 0; i < ROUNDS; i++) {
                    String etag = http.etag("/api/positions/" + id);
                    String patch = "{\"summary\": \"Round " + i + ".\"}";
                    ok(retried(() -> http.send("PATCH", "/api/positions/" + id, etag, patch)));
                }
            }
            case 2 -> {
                for (int i = 0; i < ROUNDS; i++) {
                    String id = create(http, prefix + "-" + i, ChangeFeedTest.DOCUMENT, ChangeFeedTest.QUOTE);
                    String etag = http.etag("/api/positions/" + id);
                    HttpResponse<String> deleted = retried(() -> http.send("DELETE", "/api/positions/" + id, etag,
                            null));
                    assertEquals(204, deleted.statusCode(), deleted.body());
                }
            }
            default -> {
                String quote = "The delegations of writer " + writer + " met in " + suffix + ".";
                String doc = prefix + "-doc";
                String first = document(doc, quote, 0);
                ok(retried(() -> http.send("POST", "/api/documents", null, first)));
                create(http, prefix, doc, quote);
                for (int i = 1; i <= ROUNDS; i++) {
                    // Text inserted before the quote moves its span: the citing position changes with it.
                    String etag = http.etag("/api/documents/" + doc);
                    String text = document(doc, quote, i);
                    ok(retried(() -> http.send("PUT", "/api/documents/" + doc, etag, text)));
                }
            }
        }
    }

    private String create(Http http, String id, String document, String quote) throws Exception {
        touched.add(id);
        String body = json.writeValueAsString(Map.of("id", id, "party", "nato", "topic", "force-posture", "kind",
                "STATEMENT", "summary", "A racing position.", "statedOn", "2022-01-07", "citations",
                List.of(Map.of("document", document, "quote", quote))));
        ok(retried(() -> http.send("POST", "/api/positions", null, body)));
        return id;
    }

    private String document(String id, String quote, int revision) throws Exception {
        String preface = String.join("", Collections.nCopies(revision, "A correction was made. "));
        return json.writeValueAsString(Map.of("id", id, "title", "Racing talks", "outlet", "Test Wire",
                "text", preface + "Talks went on. " + quote + " Both sides spoke.\n"));
    }

    /** Sends again while the service answers 503 (a lock not granted in time: nothing was written, retry shortly). */
    private static HttpResponse<String> retried(Supplier<HttpResponse<String>> request) {
        HttpResponse<String> response = request.get();
        for (int i = 0; i < 20 && response.statusCode() == 503; i++) {
            response = request.get();
        }
        return response;
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertTrue(response.statusCode() / 100 == 2, response.statusCode() + " " + response.body());
        return response;
    }
}
