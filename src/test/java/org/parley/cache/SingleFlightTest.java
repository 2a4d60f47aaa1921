package org.parley.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Callers that arrive while a call runs get the next call's answer, never the running one's (it may predate a
 * write they follow), and share that one call.
 */
class SingleFlightTest {

    @Test
    void callersArrivingDuringACallShareTheNextOne() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        SingleFlight<Integer> flight = new SingleFlight<>(() -> {
            int call = calls.incrementAndGet();
            if (call == 1) {
                firstStarted.countDown();
                await(releaseFirst);
            }
            return call;
        });
        ExecutorService pool = Executors.newFixedThreadPool(9);
        try {
            Future<Integer> first = pool.submit(flight::get);
            firstStarted.await();
            List<Thread> waiting = new ArrayList<>();
            List<Future<Integer>> later = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                CountDownLatch running = new CountDownLatch(1);
                later.add(pool.submit(() -> {
                    synchronized (waiting) {
                        waiting.add(Thread.currentThread());
                    }
                    running.countDown();
                    return flight.get();
                }));
                running.await();
            }
            awaitBlocked(waiting);

            releaseFirst.countDown();

            assertEquals(1, first.get());
            for (Future<Integer> answer : later) {
                assertEquals(2, answer.get(), "an answer from a call that started after the caller asked");
            }
            assertEquals(2, calls.get(), "eight callers, one call");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedCallFailsEveryCallerOfIt() throws Exception {
        IllegalStateException failure = new IllegalStateException("the database is away");
        SingleFlight<Integer> flight = new SingleFlight<>(() -> {
            throw failure;
        });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            ExecutionException thrown = assertThrows(ExecutionException.class, () -> pool.submit(flight::get).get());
            assertSame(failure, thrown.getCause());
            assertSame(failure, assertThrows(IllegalStateException.class, flight::get), "the next call is made anew");
        } finally {
            pool.shutdownNow();
        }
    }

    /** Until every thread has gone past its arrival and waits: on the running call or on the one it joined. */
    private static void awaitBlocked(List<Thread> threads) {
        while (!threads.stream().allMatch(t -> t.getState() == Thread.State.WAITING)) {
            Thread.onSpinWait();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
