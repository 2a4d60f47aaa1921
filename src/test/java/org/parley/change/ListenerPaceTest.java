package org.parley.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.parley.Tokens;

/**
 * Listeners at their own pace: a burst many times larger than a listener's buffer reaches one that keeps up, in
 * order; one that stops reading is dropped alone. The feed here is a small one of the test's own (a buffer of 4, 16
 * changes in memory, dropped after a second unread), over the same database.
 */
@QuarkusTest
class ListenerPaceTest {

    static final int BURST = 40;

    @Inject
    ChangeLog log;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    private static final ChangeConfig SMALL = new ChangeConfig() {
        @Override
        public Duration pollInterval() {
            return Duration.ofMillis(20);
        }

        @Override
        public Duration heartbeat() {
            return Duration.ofHours(1);
        }

        @Override
        public int buffer() {
            return 4;
        }

        @Override
        public Duration stallTimeout() {
            return Duration.ofSeconds(1);
        }
    };

    /** Asks for one item at a time, the next once it has the last, as the event stream does once it is written. */
    static final class Reader implements Flow.Subscriber<FeedItem> {
        final boolean keepsUp;
        final List<String> ids = Collections.synchronizedList(new ArrayList<>());
        final List<Long> cursors = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger items = new AtomicInteger();
        final CountDownLatch ended = new CountDownLatch(1);
        final AtomicBoolean failed = new AtomicBoolean();
        volatile CountDownLatch waitingFor = new CountDownLatch(0);
        volatile String awaited;
        private Flow.Subscription subscription;

        Reader(boolean keepsUp) {
            this.keepsUp = keepsUp;
        }

        void await(String id, int count) {
            awaited = id;
            waitingFor = new CountDownLatch(count);
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(1);
        }

        @Override
        public void onNext(FeedItem item) {
            items.incrementAndGet();
            if (!item.heartbeat()) {
                ids.add(item.change().id());
                cursors.add(item.change().cursor());
                if (awaited != null && item.change().id().startsWith(awaited)) {
                    waitingFor.countDown();
                }
            }
            if (keepsUp) {
                subscription.request(1);
            }
        }

        @Override
        public void onError(Throwable failure) {
            failed.set(true);
            ended.countDown();
        }

        @Override
        public void onComplete() {
            ended.countDown();
        }
    }

    @Test
    void aBurstReachesTheListenerThatKeepsUpAndOnlyTheOneThatStoppedIsDropped() throws Exception {
        ChangeFeed feed = new ChangeFeed(SMALL, log, Infrastructure.getDefaultWorkerPool());
        try {
            long start = log.head();
            Reader fast = new Reader(true);
            Reader slow = new Reader(false);
            String burst = "test-burst-" + suffix + "-";
            fast.await(burst, BURST);
            feed.listen(start).subscribe().withSubscriber(fast);
            feed.listen(start).subscribe().withSubscriber(slow);

            importPositions(burst, BURST);

            assertTrue(slow.ended.await(30, TimeUnit.SECONDS), "the listener that stopped reading is dropped");
            assertFalse(slow.failed.get(), "its stream ends, it does not fail");
            assertEquals(1, slow.items.get());
            assertTrue(fast.waitingFor.await(30, TimeUnit.SECONDS), "the burst reaches the listener that keeps up");
            List<Long> cursors = List.copyOf(fast.cursors);
            assertEquals(cursors.stream().distinct().sorted().toList(), cursors);
            assertEquals(IntStream.range(0, BURST).mapToObj(i -> burst + i).toList(),
                    fast.ids.stream().filter(id -> id.startsWith(burst)).toList());

            String after = "test-after-burst-" + suffix;
            fast.await(after, 1);
            importPositions(after, 1);
            assertTrue(fast.waitingFor.await(30, TimeUnit.SECONDS), "it keeps listening after the other was dropped");
            assertEquals(1, fast.ended.getCount(), "its stream goes on");
        } finally {
            feed.close();
        }
    }

    /** Creates the positions in one transaction, a burst of changes. */
    private static void importPositions(String prefix, int count) throws Exception {
        ObjectMapper json = new ObjectMapper();
        StringBuilder records = new StringBuilder();
        for (int i = 0; i < count; i++) {
            Map<String, Object> record = new java.util.HashMap<>(ChangeFeedTest.position(count == 1 ? prefix
                    : prefix + i));
            record.put("type", "position");
            records.append(json.writeValueAsString(record)).append('\n');
        }
        Tokens.admin().contentType("application/x-ndjson").body(records.toString().getBytes(StandardCharsets.UTF_8))
                .when().post("/api/import").then().statusCode(200);
    }
}
