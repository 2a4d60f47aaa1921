package org.parley.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The first request for a read renders it; the same read asked meanwhile waits for that render, not its own. */
class ConcurrentRendersTest {

    @Test
    void aSecondRequestWaitsUntilTheFirstLands() throws Exception {
        ConcurrentRenders renders = new ConcurrentRenders(Duration.ofMinutes(1));
        assertTrue(renders.leadOrWait("7 /api/matrix"));
        CompletableFuture<Boolean> second = new CompletableFuture<>();
        Thread thread = new Thread(() -> second.complete(renders.leadOrWait("7 /api/matrix")));
        thread.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (thread.getState() != Thread.State.TIMED_WAITING && thread.getState() != Thread.State.WAITING) {
            assertTrue(thread.isAlive() && System.nanoTime() < deadline,
                    "the second request does not wait (" + thread.getState() + ")");
            Thread.onSpinWait();
        }
        assertFalse(second.isDone(), "it waits while the first renders");
        renders.finish("7 /api/matrix");
        assertFalse(second.get(10, TimeUnit.SECONDS), "it did not render: it reads what the first kept");
        thread.join(Duration.ofSeconds(10).toMillis());
        assertEquals(0, renders.inProgress());
    }

    @Test
    void otherReadsAndOtherGenerationsDoNotWait() {
        ConcurrentRenders renders = new ConcurrentRenders(Duration.ofMinutes(1));
        assertTrue(renders.leadOrWait("7 /api/matrix"));
        assertTrue(renders.leadOrWait("7 /api/demands"));
        assertTrue(renders.leadOrWait("8 /api/matrix"));
        assertEquals(3, renders.inProgress());
    }

    @Test
    void aLeaderThatNeverLandsHoldsUpOneWaitOnly() {
        ConcurrentRenders renders = new ConcurrentRenders(Duration.ofMillis(20));
        assertTrue(renders.leadOrWait("7 /api/matrix"));
        assertFalse(renders.leadOrWait("7 /api/matrix"), "gives up after its patience and renders itself");
        assertTrue(renders.leadOrWait("7 /api/matrix"), "the abandoned renderKey is gone; the next read leads");
    }
}
