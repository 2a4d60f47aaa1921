package org.parley.api;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.Context;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Priorities;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.parley.error.DomainException;

/**
 * Lets at most {@code parley.http.large-reads} {@link LargeRead}s render at once; the others wait for a slot. Each
 * holds its rows, its JSON and its gzip form (about 4 MB for the matrix of 50 parties × 40 topics) until it is sent:
 * 32 at once on two cores took no more CPU each to render, but kept so much alive that the collector copied and
 * compacted most of the time, and the matrix answered 77 req/s where four at a time answered 141.
 * <p>
 * A slot is given back when the response ends, sent or not (its client may leave mid-render), so none is lost.
 */
public class LargeReads {

    private final Semaphore slots;
    private final long waitMillis;
    private final CurrentVertxRequest current;

    public LargeReads(HttpConfig config, CurrentVertxRequest current) {
        this.slots = new Semaphore(config.largeReads().orElse(Runtime.getRuntime().availableProcessors()), true);
        this.waitMillis = config.largeReadWait().toMillis();
        this.current = current;
    }

    /** Runs after the response cache's filter ({@link Priorities#USER}), so that a read it serves takes no slot. */
    @LargeRead
    @ServerRequestFilter(priority = Priorities.USER + 100)
    public void takeSlot() {
        RoutingContext routing = current.getCurrent();
        if (routing == null || Context.isOnEventLoopThread()) {
            return;
        }
        try {
            if (!slots.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
                throw DomainException.unavailable("Too many large reads are being rendered; try again shortly.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DomainException.unavailable("Interrupted while waiting to render.");
        }
        if (!ResponseEnds.onEnd(routing, slots::release)) {
            throw DomainException.unavailable("The client left before the read could be rendered.");
        }
    }

    /** The slots themselves, for tests that hold them. */
    Semaphore slots() {
        return slots;
    }
}
