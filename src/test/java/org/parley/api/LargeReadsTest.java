package org.parley.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** The whole matrix renders only in a free slot, and every read gives its slot back, whether its client stays or not. */
@QuarkusTest
class LargeReadsTest {

    @Inject
    LargeReads largeReads;

    @Inject
    MeterRegistry meters;

    @TestHTTPResource("/")
    URL root;

    @Test
    void aLargeReadWaitsForAFreeSlotAndGivesItBack() throws Exception {
        Semaphore slots = largeReads.slots();
        int all = slots.availablePermits();
        ExecutorService client = Executors.newSingleThreadExecutor();
        slots.acquire(all);
        try {
            // A parameter the API ignores: no one has read this URL, so the response cache cannot answer it.
            Future<Integer> read = client.submit(() -> given().get("/api/matrix?probe=" + UUID.randomUUID())
                    .then().extract().statusCode());
            waitFor(slots::hasQueuedThreads, "the read to wait for a slot");
            assertFalse(read.isDone(), "no slot, no render");
            slots.release(all);
            assertEquals(200, read.get(30, TimeUnit.SECONDS));
        } finally {
            client.shutdownNow();
        }
        waitFor(() -> slots.availablePermits() == all, "every slot to be free again");
    }

    @Test
    void aClientThatLeavesWhileItsReadWaitsDoesNotKeepASlot() throws Exception {
        Semaphore slots = largeReads.slots();
        int all = slots.availablePermits();
        slots.acquire(all);
        try {
            double open;
            try (Socket socket = new Socket(root.getHost(), root.getPort())) {
                OutputStream out = socket.getOutputStream();
                out.write(("GET /api/matrix?probe=" + UUID.randomUUID() + " HTTP/1.1\r\nHost: " + root.getHost()
                        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                waitFor(slots::hasQueuedThreads, "the read to wait for a slot");
                open = openConnections();
            }
            // The server has seen the client leave before the read gets its slot: the case where the response's
            // end handlers have all run already, and one added now would never be.
            waitFor(() -> openConnections() < open, "the server to see the connection closed");
        } finally {
            slots.release(all);
        }
        waitFor(() -> slots.availablePermits() == all, "every slot to be free again");
    }

    private double openConnections() {
        return meters.get("http.server.active.connections").gauge().value();
    }

    private static void waitFor(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "waited 20 s for " + what);
            Thread.onSpinWait();
        }
    }
}
