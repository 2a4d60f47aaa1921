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
final class ConcurrentRenders {

    private final ConcurrentHashMap<String, CompletableFuture<Void>> renders = new ConcurrentHashMap<>();
    private final Duration patience;

    ConcurrentRenders(Duration patience) {
        this.patience = patience;
    }

    /** Whether the caller leads the render of {@code renderKey}; if not, it waited for the leader to end it. */
    boolean leadOrWait(String renderKey) {
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> leader = renders.putIfAbsent(renderKey, mine);
        if (leader == null) {
            return true;
        }
        try {
            leader.get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // A leader that never ended (its client vanished mid-render) must not hold up the reads after it.
            renders.remove(renderKey, leader);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A render cannot fail", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /** The leader's render ended, cached or not: whoever waits for it goes on. */
    void finish(String renderKey) {
        CompletableFuture<Void> leader = renders.remove(renderKey);
        if (leader != null) {
            leader.complete(null);
        }
    }

    int inProgress() {
        return renders.size();
    }
}
