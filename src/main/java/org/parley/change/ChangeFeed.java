package org.parley.change;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Tells the listeners of {@code /api/events} of every change to a position, in commit order. It reads the changes
 * from the database by their cursor, not from this process, so listeners hear of the changes made through every
 * replica, however long the transaction that made them ran. While someone listens, one poll keeps the latest
 * changes in memory for the listeners that keep up; a listener further behind reads its own from the database.
 */
@ApplicationScoped
public class ChangeFeed {

    private static final Logger LOG = Logger.getLogger(ChangeFeed.class);

    private final ChangeConfig config;
    private final ChangeLog log;
    private final Executor executor;
    private final Set<Listener> listeners = ConcurrentHashMap.newKeySet();
    // Not quarkus-scheduler: its in-memory scheduler checks triggers once a second; this polls every 250 ms.
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "parley-change-feed");
        thread.setDaemon(true);
        return thread;
    });
    /** Null until the first poll after someone started listening. */
    private volatile Recent recent;
    private ScheduledFuture<?> polling;

    @Inject
    public ChangeFeed(ChangeConfig config, ChangeLog log) {
        this(config, log, Infrastructure.getDefaultWorkerPool());
    }

    ChangeFeed(ChangeConfig config, ChangeLog log, Executor executor) {
        this.config = config;
        this.log = log;
        this.executor = executor;
    }

    /**
     * The changes after the cursor (null: from now on), then each one as it commits, with a heartbeat when there was
     * nothing to tell for a while. The stream ends if the subscriber leaves an item unread too long.
     */
    public Multi<FeedItem> listen(Long after) {
        Flow.Publisher<FeedItem> publisher = subscriber -> {
            Listener listener = new Listener(this, subscriber, executor, after, config.buffer(), config.heartbeat(),
                    config.stallTimeout());
            joined(listener);
            subscriber.onSubscribe(listener);
        };
        return Multi.createFrom().publisher(publisher);
    }

    /** Where a listener starts: at the cursor it gives if that is not ahead of the latest change, else there. */
    long startAt(Long after) {
        long head = log.head();
        return after == null ? head : Math.min(after, head);
    }

    /** The changes after the cursor, at most limit: from memory if it holds them, else from the database. */
    List<ChangeEvent> next(long cursor, int limit) {
        Recent latest = recent;
        if (latest == null || cursor >= latest.to()) {
            return List.of();
        }
        return latest.holdsAfter(cursor) ? latest.after(cursor, limit) : log.after(cursor, limit);
    }

    private synchronized void joined(Listener listener) {
        listeners.add(listener);
        if (polling == null) {
            recent = null;
            polling = timer.scheduleWithFixedDelay(this::poll, 0, config.pollInterval().toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    synchronized void left(Listener listener) {
        if (listeners.remove(listener) && listeners.isEmpty() && polling != null) {
            polling.cancel(false);
            polling = null;
        }
    }

    private void poll() {
        try {
            Recent latest = recent == null ? Recent.at(log.head()) : recent;
            int capacity = 4 * config.buffer();
            recent = latest.then(log.after(latest.to(), capacity), capacity);
        } catch (RuntimeException e) {
            LOG.warn("The change feed could not read recent changes; it will try again", e);
        }
        Recent latest = recent;
        long now = System.nanoTime();
        for (Listener listener : listeners) {
            listener.tick(now, latest == null ? -1 : latest.to());
        }
    }

    /** Ends every listener's stream and stops polling. */
    void close() {
        timer.shutdownNow();
        listeners.forEach(Listener::drop);
    }

    void onStop(@Observes ShutdownEvent event) {
        close();
    }
}
