package org.parley.change;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.parley.position.PositionRevision;

/**
 * Announces every change to a position to the listeners of {@code /api/events}. It reads the changes from the
 * database, not from this process, so listeners hear of the changes made through every replica.
 */
@ApplicationScoped
public class ChangeFeed {

    private static final Logger LOG = Logger.getLogger(ChangeFeed.class);
    private static final int BACKLOG = 10_000;

    private final ChangeConfig config;
    private final BroadcastProcessor<ChangeEvent> broadcast = BroadcastProcessor.create();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "parley-change-feed");
        thread.setDaemon(true);
        return thread;
    });
    /** Revision ids announced within the look-back window, with when they were stamped. */
    private final Map<Long, Instant> announced = new HashMap<>();
    private int listeners;
    private Instant cursor;
    private ScheduledFuture<?> polling;

    public ChangeFeed(ChangeConfig config) {
        this.config = config;
    }

    /** Changes from now on, for as long as the subscriber listens; a slow listener's backlog is bounded. */
    public Multi<ChangeEvent> changes() {
        return broadcast.onOverflow().buffer(BACKLOG).onSubscription().invoke(this::listenerJoined)
                .onTermination().invoke(this::listenerLeft);
    }

    /** Changes stamped after {@code since}, oldest first, at most {@code limit}. */
    public List<ChangeEvent> since(Instant since, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> PositionRevision.<PositionRevision>find(
                "changedAt > ?1 order by changedAt, id", since).page(0, limit).list()).stream()
                .map(ChangeEvent::of).toList();
    }

    private synchronized void listenerJoined() {
        if (listeners++ == 0) {
            cursor = Instant.now();
            long every = config.pollInterval().toMillis();
            polling = timer.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
        }
    }

    private synchronized void listenerLeft() {
        if (--listeners == 0 && polling != null) {
            polling.cancel(false);
            announced.clear();
        }
    }

    private void poll() {
        try {
            Instant from;
            synchronized (this) {
                from = cursor.minus(config.lookBack());
                cursor = Instant.now();
            }
            List<PositionRevision> recent = QuarkusTransaction.requiringNew().call(() ->
                    PositionRevision.list("changedAt > ?1 order by changedAt, id", from));
            for (PositionRevision revision : recent) {
                if (announced.putIfAbsent(revision.id, revision.changedAt) == null) {
                    broadcast.onNext(ChangeEvent.of(revision));
                }
            }
            announced.values().removeIf(at -> at.isBefore(from));
        } catch (RuntimeException e) {
            LOG.warn("The change feed could not read recent changes; it will try again", e);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        timer.shutdownNow();
        broadcast.onComplete();
    }
}
