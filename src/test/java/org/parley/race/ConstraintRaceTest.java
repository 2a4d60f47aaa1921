package org.parley.race;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.Tokens.admin;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.parley.Tokens;

/** Writes that lose a race on a unique or foreign key get 409, never 500. */
@QuarkusTest
class ConstraintRaceTest {

    private static final int WRITERS = 8;

    @TestHTTPResource("/")
    URI base;

    @Test
    void concurrentPostsOfOneIdCreateOneAndRefuseTheRestWith409() {
        try (Http http = new Http(base, Tokens.token("racer", "editor"))) {
            String id = "dup-" + UUID.randomUUID().toString().substring(0, 8);
            List<Integer> statuses = statuses(all(http, () -> http.send("POST", "/api/positions", null,
                    RespondsToRaceTest.body(id, null))));
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 409), statuses.toString());
        }
    }

    @Test
    void concurrentPostsOfOneTextStoreOneDocument() {
        try (Http http = new Http(base, Tokens.token("racer", "editor"))) {
            String text = "One text posted at once by many: " + UUID.randomUUID();
            List<Integer> statuses = statuses(all(http, () -> http.send("POST", "/api/documents", null,
                    "{\"title\": \"Twice\", \"text\": \"" + text + "\"}")));
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertTrue(statuses.stream().allMatch(s -> Set.of(200, 201, 409).contains(s)), statuses.toString());
        }
    }

    @Test
    void aDeleteRacingAReferenceLeavesOneOfThemAndNo500() {
        try (Http http = new Http(base, Tokens.token("racer", "admin"))) {
            for (int round = 0; round < 10; round++) {
                String party = "race-party-" + UUID.randomUUID().toString().substring(0, 8);
                HttpResponse<String> created = http.send("POST", "/api/parties", null,
                        "{\"id\": \"" + party + "\", \"name\": \"Racing party\", \"kind\": \"STATE\"}");
                assertEquals(201, created.statusCode(), created.body());
                String tag = created.headers().firstValue("ETag").orElseThrow();
                List<HttpResponse<String>> responses = http.atOnce(
                        () -> http.send("DELETE", "/api/parties/" + party, tag, null),
                        () -> http.send("POST", "/api/positions", null,
                                RespondsToRaceTest.body(null, null).replace("\"russia\"", "\"" + party + "\"")));
                int deleted = responses.get(0).statusCode();
                int referenced = responses.get(1).statusCode();
                assertTrue(Set.of(204, 409).contains(deleted), deleted + " " + responses.get(0).body());
                assertTrue(Set.of(201, 409, 422).contains(referenced), referenced + " " + responses.get(1).body());
                assertTrue(deleted != 204 || referenced != 201, "round " + round + ": both the delete and the"
                        + " reference were accepted");
            }
        }
        Invariants.hold();
    }

    @Test
    void anImportWithADuplicateIdIs409NamingTheLine() {
        String id = "imp-dup-" + UUID.randomUUID().toString().substring(0, 8);
        String record = "{\"type\": \"position\", " + RespondsToRaceTest.body(id, null).strip().substring(1)
                .replace("\n", " ");
        admin().contentType("application/x-ndjson").body((record + "\n" + record + "\n")
                .getBytes(StandardCharsets.UTF_8)).when().post("/api/import")
                .then().statusCode(409).body("detail", containsString("line 2"));
    }

    private static List<HttpResponse<String>> all(Http http, Supplier<HttpResponse<String>> request) {
        List<Supplier<HttpResponse<String>>> requests = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            requests.add(request);
        }
        @SuppressWarnings("unchecked")
        Supplier<HttpResponse<String>>[] array = requests.toArray(new Supplier[0]);
        return http.atOnce(array);
    }

    private static List<Integer> statuses(List<HttpResponse<String>> responses) {
        return responses.stream().map(HttpResponse::statusCode).toList();
    }
}
