package org.parley.race;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parley.Tokens;

/**
 * A PUT of a document's text racing a POST of a position quoting the old text: whichever goes first, the other
 * sees it, so no citation is ever left whose quote is not its span.
 */
@QuarkusTest
class DocumentTextRaceTest {

    private static final int ROUNDS = 20;
    static final String QUOTE = "the quote that moves";

    @TestHTTPResource("/")
    URI base;

    @Test
    void aTextReplacedWhileAPositionQuotesItKeepsEveryCitationItsSpan() {
        try (Http http = new Http(base, Tokens.token("racer", "editor"))) {
            for (int round = 0; round < ROUNDS; round++) {
                String id = "race-doc-" + UUID.randomUUID().toString().substring(0, 8);
                String text = "Round " + id + ": before " + QUOTE + " and after.";
                HttpResponse<String> created = http.send("POST", "/api/documents", null, document(id, text));
                assertEquals(201, created.statusCode(), created.body());
                String tag = created.headers().firstValue("ETag").orElseThrow();
                List<HttpResponse<String>> responses = http.atOnce(
                        () -> http.send("PUT", "/api/documents/" + id, tag, document(id, "Moved. " + text)),
                        () -> http.send("POST", "/api/positions", null, position(id)));
                assertTrue(Set.of(200, 422).contains(responses.get(0).statusCode()), responses.get(0).body());
                assertEquals(201, responses.get(1).statusCode(), responses.get(1).body());
            }
        }
        Invariants.hold();
    }

    static String document(String id, String text) {
        return """
                {"id": "%s", "title": "A document under a race", "text": "%s"}
                """.formatted(id, text);
    }

    static String position(String document) {
        return """
                {"party": "russia", "topic": "nato-expansion", "kind": "DEMAND", "summary": "A race test.",
                 "statedOn": "2022-01-08", "citations": [{"document": "%s", "quote": "%s"}]}
                """.formatted(document, QUOTE);
    }
}
