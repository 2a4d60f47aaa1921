package org.parley.race;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parley.Tokens;

/** A one-character quote given alone in a 5 MB text: a quick 422 with a small body, not a memory blow-up. */
@QuarkusTest
class LargeTextAnchoringTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void anAmbiguousQuoteInALargeTextIsRefusedQuicklyAndBriefly() {
        try (Http http = new Http(base, Tokens.token("racer", "editor"))) {
            String id = "large-" + UUID.randomUUID().toString().substring(0, 8);
            HttpResponse<String> created = http.send("POST", "/api/documents", null,
                    "{\"id\": \"" + id + "\", \"title\": \"Large\", \"text\": \"" + "a".repeat(5_000_000) + id + "\"}");
            assertEquals(201, created.statusCode(), created.body());
            long started = System.nanoTime();
            HttpResponse<String> refused = http.send("POST", "/api/positions", null, """
                    {"party": "russia", "topic": "nato-expansion", "kind": "DEMAND", "summary": "Large.",
                     "statedOn": "2022-01-08", "citations": [{"document": "%s", "quote": "a"}]}
                    """.formatted(id));
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertEquals(422, refused.statusCode(), refused.body());
            assertTrue(refused.body().length() < 2_000, refused.body().length() + " characters");
            assertTrue(millis < 5_000, millis + " ms");
        }
    }
}
