package org.parley.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.PackagedService;

/**
 * Kills the packaged service with SIGKILL while it takes writes, restarts it on the same database, and checks that
 * every write it acknowledged is there and that the database opened cleanly. On H2 (file) in the default pass, on
 * PostgreSQL in the PostgreSQL pass.
 */
class DurabilityIT {

    private static final int ACKNOWLEDGED_BEFORE_KILL = 40;

    @Test
    void everyAcknowledgedWriteSurvivesAKill(@TempDir Path folder) throws Exception {
        PackagedService service = new PackagedService(folder, "durability", Map.of()).fresh().start().awaitReady();
        String token = service.adminToken();
        Api api = new Api();
        List<String> acknowledged = new CopyOnWriteArrayList<>();
        CountDownLatch enough = new CountDownLatch(ACKNOWLEDGED_BEFORE_KILL);
        Thread writer = new Thread(() -> {
            for (int i = 0; ; i++) {
                String id = "durable-" + i;
                try {
                    HttpResponse<String> created = api.send("POST", service.uri("/api/positions"), token, null,
                            Api.position(id, "Durable write " + i + "."));
                    if (created.statusCode() == 201) {
                        acknowledged.add(id);
                        enough.countDown();
                    }
                } catch (Exception killed) {
                    return;
                }
            }
        });
        writer.start();
        assertTrue(enough.await(120, TimeUnit.SECONDS), "writes were acknowledged");

        service.process().destroyForcibly();
        assertTrue(service.process().waitFor(30, TimeUnit.SECONDS));
        writer.join(TimeUnit.SECONDS.toMillis(60));

        PackagedService restarted = new PackagedService(folder, "durability", Map.of()).start().awaitReady();
        try {
            for (String id : acknowledged) {
                HttpResponse<String> read = api.get(restarted.uri("/api/positions/" + id));
                assertEquals(200, read.statusCode(), id + " was acknowledged before the kill");
                assertTrue(api.get(restarted.uri("/api/positions/" + id + "/history")).body().contains("CREATED"));
            }
            assertTrue(api.get(restarted.uri("/q/health/ready")).body().contains("\"UP\""));
        } finally {
            restarted.process().destroy();
            restarted.process().waitFor(60, TimeUnit.SECONDS);
        }
    }
}
