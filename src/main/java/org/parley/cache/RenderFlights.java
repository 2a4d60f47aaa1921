package org.parley.cache;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One render per read and data generation at a time: when many clients ask for the same read that is not in
 * memory (dashboards polling right after a write), the first renders it and the others wait for its result,
 * instead of all running the same expensive queries at once.
 */
final class RenderFlights {

    private final ConcurrentHashMap<String, CompletableFuture<Void>> flights = new ConcurrentHashMap<>();
    private final Duration patience;

    RenderFlights(Duration patience) {
        this.patience = patience;
    }

    /** Whether the caller leads the render of {@code flight}; if not, it waited for the leader to end it. */
    boolean leadOrWait(String flight) {
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> leader = flights.putIfAbsent(flight, mine);
        if (leader == null) {
            return true;
        }
        try {
            leader.get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // A leader that never ended (its client vanished mid-render) must not hold up the reads after it.
            flights.remove(flight, leader);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A render flight cannot fail", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /** The leader's render ended, kept or not: whoever waits for it goes on. */
    void land(String flight) {
        CompletableFuture<Void> leader = flights.remove(flight);
        if (leader != null) {
            leader.complete(null);
        }
    }

    int inFlight() {
        return flights.size();
    }
}
