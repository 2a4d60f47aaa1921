package org.parley.race;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parley.Tokens;

/** Two positions made to answer each other by two PATCHes at once: at most one may succeed, no loop is stored. */
@QuarkusTest
class RespondsToRaceTest {

    private static final int ROUNDS = 20;

    @TestHTTPResource("/")
    URI base;

    @Test
    void concurrentPatchesNeverCloseALoop() {
        try (Http http = new Http(base, Tokens.token("racer", "editor"))) {
            int bothRefusedOrOne = 0;
            for (int round = 0; round < ROUNDS; round++) {
                String a = create(http, "a");
                String b = create(http, "b");
                String tagA = http.etag("/api/positions/" + a);
                String tagB = http.etag("/api/positions/" + b);
                List<HttpResponse<String>> responses = http.atOnce(
                        () -> http.send("PATCH", "/api/positions/" + a, tagA, "{\"respondsTo\": \"" + b + "\"}"),
                        () -> http.send("PATCH", "/api/positions/" + b, tagB, "{\"respondsTo\": \"" + a + "\"}"));
                long accepted = responses.stream().filter(r -> r.statusCode() == 200).count();
                assertTrue(accepted <= 1, "round " + round + ": both PATCHes were accepted");
                responses.stream().filter(r -> r.statusCode() != 200).forEach(r -> assertEquals(422, r.statusCode(),
                        r.body()));
                bothRefusedOrOne += (int) accepted;
                // A new answer to either walks the chain; it must end.
                assertEquals(201, http.send("POST", "/api/positions", null, body(null, a)).statusCode());
            }
            assertEquals(ROUNDS, bothRefusedOrOne, "exactly one of each pair was accepted");
        }
        Invariants.hold();
    }

    private static String create(Http http, String name) {
        String id = "loop-" + name + "-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = http.send("POST", "/api/positions", null, body(id, null));
        assertEquals(201, created.statusCode(), created.body());
        return id;
    }

    static String body(String id, String respondsTo) {
        return """
                {%s"party": "russia", "topic": "nato-expansion", "kind": "DEMAND", "summary": "A loop test.",
                 "statedOn": "2022-01-08", %s"citations": [{"document": "001_949e2e32b0da38f4",
                 "quote": "Russia has demanded promises that NATO will not further expand eastward"}]}
                """.formatted(id == null ? "" : "\"id\": \"" + id + "\", ",
                respondsTo == null ? "" : "\"respondsTo\": \"" + respondsTo + "\", ");
    }
}
