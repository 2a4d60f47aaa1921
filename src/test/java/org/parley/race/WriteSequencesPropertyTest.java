package org.parley.race;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;
import org.parley.Tokens;

/**
 * Property: any sequence of concurrent writes of different kinds (create, patch, respondsTo changes, deletes with
 * cascade, text replacements, document deletes) leaves every citation its span, no respondsTo loop, and a history
 * that ends at every position's current state; any body the contract refuses gets 400 or 422 and stores nothing.
 *
 * <p>jqwik generates the sequences, but its engine does not run inside {@code @QuarkusTest} (its properties get no
 * Jupiter extensions, and it is built for JUnit Platform 1.x, where Quarkus uses 6): so jqwik's Arbitraries are
 * drawn by {@link PropertyPlans} from a seeded Random, for a number of tries ({@code -Dparley.property.tries=…}),
 * and a failing try names its seed to replay it ({@code -Dparley.property.seed=…}). The surefire configuration
 * keeps the jqwik engine out of test discovery.
 */
@QuarkusTest
class WriteSequencesPropertyTest {

    private static final int TRIES = Integer.getInteger("parley.property.tries", 4);
    private static final int STEPS = 24;
    private static final int AT_ONCE = 4;
    private static final int POOL = 6;
    private static final int DOCUMENTS = 3;
    private static final String[] QUOTES = {"alpha beta", "gamma delta"};

    enum Kind { CREATE, PATCH_SUMMARY, PATCH_RESPONDS_TO, DELETE_POSITION, REPLACE_TEXT, DELETE_DOCUMENT }

    record Step(Kind kind, int a, int b, int variant) {
    }

    @TestHTTPResource("/")
    URI base;

    private final ObjectMapper json = new ObjectMapper();

    static Arbitrary<List<Step>> sequences() {
        Arbitrary<Kind> kinds = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.just(Kind.CREATE)),
                net.jqwik.api.Tuple.of(3, Arbitraries.just(Kind.PATCH_SUMMARY)),
                net.jqwik.api.Tuple.of(4, Arbitraries.just(Kind.PATCH_RESPONDS_TO)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(Kind.DELETE_POSITION)),
                net.jqwik.api.Tuple.of(4, Arbitraries.just(Kind.REPLACE_TEXT)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Kind.DELETE_DOCUMENT)));
        Arbitrary<Integer> index = Arbitraries.integers().between(0, POOL - 1);
        return Combinators.combine(kinds, index, index, Arbitraries.integers().between(0, 3)).as(Step::new).list()
                .ofSize(STEPS);
    }

    @Test
    void concurrentWritesOfEveryKindKeepTheInvariants() {
        long seed = Long.getLong("parley.property.seed", new Random().nextLong());
        try (Http http = new Http(base, Tokens.token("prop", "admin"))) {
            List<List<Step>> plans = PropertyPlans.draw(sequences(), STEPS, seed, TRIES);
            for (int t = 0; t < TRIES; t++) {
                long trySeed = seed + t;
                List<Step> steps = plans.get(t);
                World world = new World(http, UUID.randomUUID().toString().substring(0, 8));
                for (int from = 0; from < steps.size(); from += AT_ONCE) {
                    List<Supplier<HttpResponse<String>>> batch = new ArrayList<>();
                    for (Step step : steps.subList(from, Math.min(steps.size(), from + AT_ONCE))) {
                        batch.add(() -> world.run(step));
                    }
                    for (HttpResponse<String> response : http.atOnce(batch)) {
                        assertTrue(response.statusCode() < 500, "seed " + trySeed + ": " + response.statusCode()
                                + " " + response.body());
                    }
                }
                try {
                    Invariants.hold();
                } catch (AssertionError e) {
                    throw new AssertionError("seed " + trySeed + " (" + steps + "): " + e.getMessage(), e);
                }
            }
        }
    }

    @Test
    void bodiesTheContractRefusesGet400Or422AndStoreNothing() throws Exception {
        long seed = Long.getLong("parley.property.seed", new Random().nextLong());
        Random random = new Random(seed);
        Arbitrary<Integer> positionField = Arbitraries.integers().between(0, POSITION_MUTATIONS.length - 1);
        Arbitrary<Integer> documentField = Arbitraries.integers().between(0, DOCUMENT_MUTATIONS.length - 1);
        try (Http http = new Http(base, Tokens.token("prop", "admin"))) {
            for (int i = 0; i < 30; i++) {
                String id = "refused-" + UUID.randomUUID().toString().substring(0, 8);
                String[] m = POSITION_MUTATIONS[positionField.generator(10).next(random).value()];
                ObjectNode body = (ObjectNode) json.readTree(RespondsToRaceTest.body(id, null));
                mutate(body, m);
                HttpResponse<String> refused = http.send("POST", "/api/positions", null, json.writeValueAsString(body));
                assertTrue(refused.statusCode() == 400 || refused.statusCode() == 422, "seed " + seed + ", "
                        + String.join("=", m) + ": " + refused.statusCode() + " " + refused.body());
                assertEquals(404, http.get("/api/positions/" + id).statusCode(), "seed " + seed);

                String[] d = DOCUMENT_MUTATIONS[documentField.generator(10).next(random).value()];
                ObjectNode document = (ObjectNode) json.readTree(DocumentTextRaceTest.document(id, "Refused " + id));
                mutate(document, d);
                HttpResponse<String> refusedDocument = http.send("POST", "/api/documents", null,
                        json.writeValueAsString(document));
                assertTrue(refusedDocument.statusCode() == 400 || refusedDocument.statusCode() == 422, "seed " + seed
                        + ", " + String.join("=", d) + ": " + refusedDocument.statusCode() + " "
                        + refusedDocument.body());
                assertEquals(404, http.get("/api/documents/" + id).statusCode(), "seed " + seed);
            }
        }
    }

    /** A field (a JSON pointer's last step under the body or its first citation) and a value the contract refuses. */
    private static final String[][] POSITION_MUTATIONS = {
        {"party", "null"}, {"party", "{}"}, {"party", "[]"}, {"topic", "null"}, {"topic", "\"\""},
        {"kind", "\"NOPE\""}, {"kind", "null"}, {"summary", "null"}, {"summary", "\"  \""}, {"summary", "{}"},
        {"summary", "\"" + "x".repeat(1001) + "\""}, {"statedOn", "\"2022-13-45\""}, {"statedOn", "null"},
        {"statedOn", "{}"}, {"id", "\"not a slug!\""}, {"citations", "[]"}, {"citations", "null"},
        {"citations/0/quote", "\"\""}, {"citations/0/start", "-1"}, {"citations/0/document", "null"},
        {"citations/0/quote", "\"not in the text at all\""}, {"party", "\"no-such-party\""}
    };

    private static final String[][] DOCUMENT_MUTATIONS = {
        {"title", "null"}, {"title", "\"\""}, {"title", "{}"}, {"text", "null"}, {"text", "\"\""}, {"text", "[]"},
        {"language", "\"1\""}, {"url", "\"ftp://example.org\""}, {"publishedOn", "\"yesterday\""},
        {"id", "\"Not A Slug\""}, {"publishedBasis", "\"NOPE\""}
    };

    private void mutate(ObjectNode body, String[] mutation) throws Exception {
        String[] path = mutation[0].split("/");
        ObjectNode target = body;
        for (int i = 0; i < path.length - 1; i += 2) {
            target = (ObjectNode) target.path(path[i]).path(Integer.parseInt(path[i + 1]));
        }
        target.set(path[path.length - 1], json.readTree(mutation[1]));
    }

    /** The records one try writes to: a pool of position ids and a few documents, all its own. */
    private static final class World {
        private final Http http;
        private final String tag;

        World(Http http, String tag) {
            this.http = http;
            this.tag = tag;
            for (int d = 0; d < DOCUMENTS; d++) {
                HttpResponse<String> created = http.send("POST", "/api/documents", null,
                        DocumentTextRaceTest.document(document(d), text(d, 0)));
                assertEquals(201, created.statusCode(), created.body());
            }
        }

        HttpResponse<String> run(Step step) {
            String position = "/api/positions/" + position(step.a());
            String document = "/api/documents/" + document(step.a() % DOCUMENTS);
            return switch (step.kind()) {
                case CREATE -> http.send("POST", "/api/positions", null, """
                        {"id": "%s", "party": "russia", "topic": "nato-expansion", "kind": "DEMAND",
                         "summary": "Generated.", "statedOn": "2022-01-08", %s"citations": [{"document": "%s",
                         "quote": "%s"}]}
                        """.formatted(position(step.a()), step.variant() == 0 ? "\"respondsTo\": \""
                        + position(step.b()) + "\", " : "", document(step.b() % DOCUMENTS),
                        QUOTES[step.variant() % 2]));
                case PATCH_SUMMARY -> http.sendAtCurrentETag("PATCH", position,
                        "{\"summary\": \"Patched " + step + ".\"}");
                case PATCH_RESPONDS_TO -> http.sendAtCurrentETag("PATCH", position, "{\"respondsTo\": "
                        + (step.variant() == 3 ? "null" : "\"" + position(step.b()) + "\"") + "}");
                case DELETE_POSITION -> http.sendAtCurrentETag("DELETE", position + "?cascade=true", null);
                case REPLACE_TEXT -> http.sendAtCurrentETag("PUT", document, DocumentTextRaceTest.document(
                        document(step.a() % DOCUMENTS), text(step.a() % DOCUMENTS, step.variant())));
                case DELETE_DOCUMENT -> step.variant() == 0
                        ? http.sendAtCurrentETag("DELETE", document + "?cascade=true", null)
                        : http.sendAtCurrentETag("PUT", document, DocumentTextRaceTest.document(
                                document(step.a() % DOCUMENTS), text(step.a() % DOCUMENTS, 0)));
            };
        }

        private String position(int i) {
            return "prop-" + tag + "-" + i;
        }

        private String document(int d) {
            return "prop-doc-" + tag + "-" + d;
        }

        /** Variants move the quotes, drop one, or bring back the first text. */
        private String text(int d, int variant) {
            String text = "Document " + d + " of " + tag + " says alpha beta, then gamma delta.";
            return switch (variant) {
                case 1 -> "Moved. " + text;
                case 2 -> text.replace("alpha beta", "something else");
                case 3 -> "Moved twice. " + text + " The end.";
                default -> text;
            };
        }
    }
}
