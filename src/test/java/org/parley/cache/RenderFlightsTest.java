package org.parley.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The first request for a read renders it; the same read asked meanwhile waits for that render, not its own. */
class RenderFlightsTest {

    @Test
    void aSecondRequestWaitsUntilTheFirstLands() throws Exception {
        RenderFlights flights = new RenderFlights(Duration.ofMinutes(1));
        assertTrue(flights.leadOrWait("7 /api/matrix"));
        CompletableFuture<Boolean> second = new CompletableFuture<>();
        Thread thread = new Thread(() -> second.complete(flights.leadOrWait("7 /api/matrix")));
        thread.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (thread.getState() != Thread.State.TIMED_WAITING && thread.getState() != Thread.State.WAITING) {
            assertTrue(thread.isAlive() && System.nanoTime() < deadline,
                    "the second request does not wait (" + thread.getState() + ")");
            Thread.onSpinWait();
        }
        assertFalse(second.isDone(), "it waits while the first renders");
        flights.land("7 /api/matrix");
        assertFalse(second.get(10, TimeUnit.SECONDS), "it did not render: it reads what the first kept");
        thread.join(Duration.ofSeconds(10).toMillis());
        assertEquals(0, flights.inFlight());
    }

    @Test
    void otherReadsAndOtherGenerationsDoNotWait() {
        RenderFlights flights = new RenderFlights(Duration.ofMinutes(1));
        assertTrue(flights.leadOrWait("7 /api/matrix"));
        assertTrue(flights.leadOrWait("7 /api/demands"));
        assertTrue(flights.leadOrWait("8 /api/matrix"));
        assertEquals(3, flights.inFlight());
    }

    @Test
    void aLeaderThatNeverLandsHoldsUpOneWaitOnly() {
        RenderFlights flights = new RenderFlights(Duration.ofMillis(20));
        assertTrue(flights.leadOrWait("7 /api/matrix"));
        assertFalse(flights.leadOrWait("7 /api/matrix"), "gives up after its patience and renders itself");
        assertTrue(flights.leadOrWait("7 /api/matrix"), "the abandoned flight is gone; the next read leads");
    }
}
