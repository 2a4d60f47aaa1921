package org.parley.suggest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.parley.Tokens;
import org.parley.document.SourceDocument;

/**
 * A document's suggestions are computed once: also when none is found, and also when the first reads come at once.
 * Each read carries a parameter the API ignores, so it misses the response cache and reaches the service.
 */
@QuarkusTest
class SuggestionsKeptTest {

    @Inject
    MeterRegistry metrics;

    private long computations() {
        return (long) metrics.counter(SuggestionService.COMPUTATIONS).count();
    }

    private static String unique() {
        return UUID.randomUUID().toString().replaceAll("[^a-z]", "");
    }

    private static String document(String text) {
        return Tokens.editor().contentType(ContentType.JSON)
                .body(Map.of("title", "Report " + UUID.randomUUID(), "text", text))
                .when().post("/api/documents").then().statusCode(201).extract().path("id");
    }

    private static List<String> suggestionIds(String document) {
        return given().queryParam("uncached", UUID.randomUUID().toString())
                .when().get("/api/documents/" + document + "/suggestions")
                .then().statusCode(200).extract().jsonPath().getList("id");
    }

    @Test
    void aDocumentWithNothingToSuggestIsNotReadAgainOnEveryRequest() {
        String id = document("The weather in " + unique() + " was mild all week, and the trains ran on time.");
        long before = computations();
        for (int i = 0; i < 4; i++) {
            assertEquals(List.of(), suggestionIds(id));
        }
        assertEquals(1, computations() - before, "computed on the first read only");

        Tokens.editor().when().post("/api/documents/" + id + "/suggestions").then().statusCode(200);
        assertEquals(2, computations() - before, "a POST computes again");
        assertEquals(List.of(), suggestionIds(id));
        assertEquals(2, computations() - before);
    }

    /**
     * "Computed, none found" is a row in the database, not a memory of this process: what another replica recorded
     * spares this one the computation, and with the row gone this process computes again.
     */
    @Test
    void nothingFoundIsKnownToEveryReplicaThroughTheDatabase() {
        String other = document("The ferry to " + unique() + " left at noon, and the tide was low.");
        QuarkusTransaction.requiringNew().run(() -> NoneFound.record(SourceDocument.findById(other), true));
        long before = computations();
        assertEquals(List.of(), suggestionIds(other));
        assertEquals(0, computations() - before, "recorded by another replica: not computed here");

        String id = document("The weather in " + unique() + " was mild all week, and the trains ran on time.");
        assertEquals(List.of(), suggestionIds(id));
        assertEquals(1, computations() - before);
        String sha = QuarkusTransaction.requiringNew().call(() -> SourceDocument.<SourceDocument>findById(id).sha256);
        assertEquals(sha, QuarkusTransaction.requiringNew().call(() -> NoneFound.<NoneFound>findById(id).textSha256),
                "recorded for this text");
        QuarkusTransaction.requiringNew().run(() -> NoneFound.deleteById(id));
        assertEquals(List.of(), suggestionIds(id));
        assertEquals(2, computations() - before, "nothing kept in this process: the row was the memory");
    }

    @Test
    void firstReadsAtOnceComputeOnce() throws Exception {
        String w = unique();
        String id = document("Russia demanded that NATO halt its expansion toward the " + w + " region, Sergei "
                + "Ryabkov told reporters.\n\nWashington warned of severe economic sanctions if troops cross into "
                + w + ", officials said.");
        int readers = 6;
        CountDownLatch ready = new CountDownLatch(readers);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        try {
            List<Future<List<String>>> reads = new ArrayList<>();
            for (int i = 0; i < readers; i++) {
                reads.add(pool.submit(() -> {
                    ready.countDown();
                    assertEquals(true, go.await(30, TimeUnit.SECONDS));
                    return suggestionIds(id);
                }));
            }
            assertEquals(true, ready.await(30, TimeUnit.SECONDS));
            go.countDown();
            List<String> stored = null;
            for (Future<List<String>> read : reads) {
                List<String> seen = read.get(60, TimeUnit.SECONDS);
                stored = stored == null ? seen : stored;
                assertEquals(stored, seen, "every reader sees the same suggestions");
            }
            assertFalse(stored.isEmpty());
            assertEquals(stored, suggestionIds(id), "nothing stored twice");
        } finally {
            pool.shutdownNow();
        }
    }
}
