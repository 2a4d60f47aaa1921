package org.parley.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.PackagedService;

/**
 * Two replicas of the packaged service on one PostgreSQL: what one writes the other reads, with the same ETag,
 * and conflicting writes through both end in a 412, not a lost update; a read one keeps is not served past the
 * other's write. PostgreSQL pass only: H2 serves one process.
 */
class ScaleOutIT {

    @Test
    void twoReplicasShareDataAndRefuseALostUpdate(@TempDir Path folder) throws Exception {
        Assumptions.assumeTrue(PackagedService.onPostgresql(), "several replicas need PostgreSQL");
        Map<String, String> shared = Map.of("PARLEY_AUTH_KEY_DIR", folder.resolve("keys").toString());
        PackagedService a = new PackagedService(folder.resolve("a"), "scaleout", shared);
        PackagedService b = new PackagedService(folder.resolve("b"), "scaleout", shared);
        Files.createDirectories(folder.resolve("a"));
        Files.createDirectories(folder.resolve("b"));
        a.fresh().start().awaitReady();
        b.start().awaitReady();
        try {
            Api api = new Api();
            String token = a.adminToken();
            HttpResponse<String> created = api.send("POST", a.uri("/api/positions"), token, null,
                    Api.position("scale-out", "Written through A."));
            assertEquals(201, created.statusCode(), created.body());

            HttpResponse<String> readThroughB = api.get(b.uri("/api/positions/scale-out"));
            assertEquals(200, readThroughB.statusCode());
            String etag = readThroughB.headers().firstValue("ETag").orElseThrow();
            assertEquals(created.headers().firstValue("ETag").orElseThrow(), etag, "both replicas tag it alike");

            HttpResponse<String> throughA = api.send("PATCH", a.uri("/api/positions/scale-out"), token, etag,
                    "{\"summary\": \"Changed through A.\"}");
            assertEquals(200, throughA.statusCode(), throughA.body());
            HttpResponse<String> throughB = api.send("PATCH", b.uri("/api/positions/scale-out"), token, etag,
                    "{\"summary\": \"Changed through B.\"}");
            assertEquals(412, throughB.statusCode(), "B's write was based on what A has changed since");

            HttpResponse<String> now = api.get(b.uri("/api/positions/scale-out"));
            assertEquals(throughA.headers().firstValue("ETag").orElseThrow(),
                    now.headers().firstValue("ETag").orElseThrow());
            assertEquals(true, now.body().contains("Changed through A."));

            // B keeps its read of the position across its own write of another one, but not across A's of it.
            HttpResponse<String> other = api.send("POST", b.uri("/api/positions"), token, null,
                    Api.position("scale-out-other", "Written through B."));
            assertEquals(201, other.statusCode(), other.body());
            String kept = api.get(b.uri("/api/positions/scale-out")).headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> again = api.send("PATCH", a.uri("/api/positions/scale-out"), token, kept,
                    "{\"summary\": \"Changed again through A.\"}");
            assertEquals(200, again.statusCode(), again.body());
            HttpResponse<String> ownWrite = api.send("PATCH", b.uri("/api/positions/scale-out-other"), token,
                    other.headers().firstValue("ETag").orElseThrow(), "{\"summary\": \"Changed through B.\"}");
            assertEquals(200, ownWrite.statusCode(), ownWrite.body());
            assertEquals(true, api.get(b.uri("/api/positions/scale-out")).body().contains("Changed again through A."),
                    "B's own write since does not vouch for A's");
        } finally {
            for (PackagedService replica : new PackagedService[] {a, b}) {
                replica.process().destroy();
                replica.process().waitFor(60, TimeUnit.SECONDS);
            }
        }
    }
}
