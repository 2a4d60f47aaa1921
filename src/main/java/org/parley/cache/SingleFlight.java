package org.parley.cache;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Callers that arrive while a call is running share the next call, which starts after all of them arrived, and one
 * call runs at a time. Each caller so gets an answer computed after it asked, as if it had called alone. The strict
 * data-version check of every cached read on PostgreSQL went from one query per read to about one per round trip:
 * at a few thousand reads a second, one query per read had taken every pooled connection, and renders and writes
 * waited for one.
 */
final class SingleFlight<T> {

    private final Supplier<T> call;
    /** The next call, not started yet: callers join it. */
    private CompletableFuture<T> next;
    /** The call running now, done when it ends. */
    private CompletableFuture<Void> running = CompletableFuture.completedFuture(null);

    SingleFlight(Supplier<T> call) {
        this.call = call;
    }

    T get() {
        CompletableFuture<T> mine;
        CompletableFuture<Void> before;
        boolean leads;
        synchronized (this) {
            leads = next == null;
            if (leads) {
                next = new CompletableFuture<>();
            }
            mine = next;
            before = running;
        }
        if (!leads) {
            return join(mine);
        }
        before.join();
        CompletableFuture<Void> ends = new CompletableFuture<>();
        synchronized (this) {
            next = null; // from here on, callers join the call after this one
            running = ends;
        }
        try {
            T value = call.get();
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            ends.complete(null);
        }
    }

    private static <T> T join(CompletableFuture<T> call) {
        try {
            return call.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
