package org.parley.change;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * One listener of the change feed, with its own cursor: it reads at most {@code buffer} changes ahead and hands them
 * out as its subscriber asks, so a burst of any size reaches it at its own pace, and one listener's pace never
 * holds up another's. Every signal to the subscriber is sent from {@link #drain}, one run at a time.
 */
final class Listener implements Flow.Subscription {

    private static final Logger LOG = Logger.getLogger(Listener.class);

    private final ChangeFeed feed;
    private final Flow.Subscriber<? super FeedItem> subscriber;
    private final Executor executor;
    private final Long start;
    private final int buffer;
    private final long heartbeatNanos;
    private final long stallNanos;

    private final Deque<ChangeEvent> ahead = new ArrayDeque<>();
    private final AtomicLong demand = new AtomicLong();
    private final AtomicInteger wip = new AtomicInteger();
    /** The cursor of the last change read ahead; -1 until the start is known. */
    private volatile long fetched = -1;
    private volatile long lastSent = System.nanoTime();
    /** When the subscriber last ran out of demand with an item in hand; 0 while it has demand. */
    private volatile long waitingSince;
    private volatile boolean cancelled;
    private volatile boolean dropping;
    private boolean done;

    Listener(ChangeFeed feed, Flow.Subscriber<? super FeedItem> subscriber, Executor executor, Long start,
            int buffer, Duration heartbeat, Duration stallTimeout) {
        this.feed = feed;
        this.subscriber = subscriber;
        this.executor = executor;
        this.start = start;
        this.buffer = buffer;
        this.heartbeatNanos = heartbeat.toNanos();
        this.stallNanos = stallTimeout.toNanos();
    }

    @Override
    public void request(long n) {
        if (n <= 0) {
            cancel();
            return;
        }
        demand.getAndAccumulate(n, (a, b) -> a + b < 0 ? Long.MAX_VALUE : a + b);
        waitingSince = 0;
        schedule();
    }

    @Override
    public void cancel() {
        cancelled = true;
        schedule();
    }

    /** From the feed's timer: drop it if it has left its last item unread too long, or hand it what is new. */
    void tick(long now, long head) {
        long waiting = waitingSince;
        if (waiting != 0 && demand.get() == 0 && now - waiting > stallNanos) {
            LOG.debugf("A listener of the change feed left an event unread for %s; it is dropped",
                    Duration.ofNanos(now - waiting));
            drop();
        } else if (fetched < 0 || head > fetched || now - lastSent >= heartbeatNanos) {
            schedule();
        }
    }

    /** Ends its stream; the client may resume from the last id it received. */
    void drop() {
        dropping = true;
        schedule();
    }

    private void schedule() {
        if (wip.getAndIncrement() == 0) {
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException e) {
                wip.set(0);
            }
        }
    }

    private void drain() {
        int missed = 1;
        do {
            try {
                step();
            } catch (RuntimeException e) {
                LOG.warn("The change feed could not read changes for a listener; it will try again", e);
            }
            missed = wip.addAndGet(-missed);
        } while (missed != 0);
    }

    private void step() {
        if (done) {
            return;
        }
        if (cancelled || dropping) {
            done = true;
            feed.left(this);
            if (!cancelled) {
                subscriber.onComplete();
            }
            return;
        }
        if (fetched < 0) {
            fetched = feed.startAt(start);
        }
        while (demand.get() > 0 && !cancelled && !dropping) {
            if (ahead.isEmpty()) {
                List<ChangeEvent> next = feed.next(fetched, buffer);
                if (next.isEmpty()) {
                    break;
                }
                ahead.addAll(next);
                fetched = next.get(next.size() - 1).cursor();
            }
            send(new FeedItem(ahead.poll()));
        }
        if (demand.get() > 0 && !cancelled && !dropping && System.nanoTime() - lastSent >= heartbeatNanos) {
            send(FeedItem.HEARTBEAT);
        }
    }

    private void send(FeedItem item) {
        long now = System.nanoTime();
        lastSent = now;
        if (demand.decrementAndGet() == 0) {
            waitingSince = now;
        }
        subscriber.onNext(item);
    }
}
