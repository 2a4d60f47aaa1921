package org.parley.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.configuration.MemorySize;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The kept reads stay within their budget, the least recently served going first, and large ones are kept too. */
class ResponseCacheTest {

    private static final long BUDGET = 100_000;

    private static ResponseCache cache() {
        return cache(new DataGeneration(config(), null, "h2"));
    }

    private static ResponseCache cache(DataGeneration generation) {
        return new ResponseCache(config(), generation);
    }

    private static CacheConfig config() {
        return new CacheConfig() {
            public boolean enabled() {
                return true;
            }

            public MemorySize maxSize() {
                return new MemorySize(BigInteger.valueOf(BUDGET));
            }

            public Duration renderWait() {
                return Duration.ofSeconds(30);
            }

            public Optional<Boolean> sharedDatabase() {
                return Optional.empty();
            }

            public Duration sharedCheckInterval() {
                return Duration.ZERO;
            }
        };
    }

    private static ResponseCache.Entry entry(long generation, int size) {
        return new ResponseCache.Entry(generation, null, new byte[size], false, "application/json", Map.of(),
                null);
    }

    private static ResponseCache.Entry scoped(long generation, String... scopes) {
        return new ResponseCache.Entry(generation, Set.of(scopes), new byte[10], false, "application/json",
                Map.of(), null);
    }

    @Test
    void aLargeReadRenderedWhileSmallOnesAreHotIsKept() {
        ResponseCache cache = cache();
        for (int i = 0; i < 40; i++) {
            cache.put("/small/" + i, entry(1, 1_000));
        }
        for (int round = 0; round < 20; round++) {
            for (int i = 0; i < 40; i++) {
                assertNotNull(cache.get("/small/" + i, 1));
            }
        }
        cache.put("/api/matrix", entry(1, 60_000));
        assertNotNull(cache.get("/api/matrix", 1), "the matrix is served from memory from now on");
        assertNull(cache.get("/small/0", 1), "the least recently served made room for it");
        assertNotNull(cache.get("/small/39", 1));
    }

    @Test
    void servingAReadKeepsItLonger() {
        ResponseCache cache = cache();
        cache.put("/a", entry(1, 40_000));
        cache.put("/b", entry(1, 40_000));
        assertNotNull(cache.get("/a", 1));
        cache.put("/c", entry(1, 40_000));
        assertNotNull(cache.get("/a", 1));
        assertNull(cache.get("/b", 1));
        assertNotNull(cache.get("/c", 1));
    }

    @Test
    void theBudgetHoldsAndItsCountIsExact() {
        ResponseCache cache = cache();
        for (int i = 0; i < 500; i++) {
            cache.put("/r/" + (i % 70), entry(1, 700 + i));
            assertTrue(cache.weight() <= BUDGET, "over budget after " + (i + 1) + " puts: " + cache.weight());
        }
        cache.clear();
        assertEquals(0, cache.weight());
        cache.put("/x", entry(1, 1_000));
        assertEquals("/x".length() * 2 + 1_000 + 512, cache.weight());
    }

    @Test
    void aReadOfAnEarlierGenerationThatShowsEverythingIsNotServedAndMakesRoom() {
        ResponseCache cache = cache();
        cache.put("/a", entry(1, 10));
        assertNotNull(cache.get("/a", 1));
        assertNull(cache.get("/a", 2));
        assertEquals(0, cache.weight(), "the stale read is dropped");
    }

    @Test
    void aScopedReadOutlivesWritesThatTouchedOtherScopesOnly() {
        DataGeneration generation = new DataGeneration(config(), null, "h2");
        ResponseCache cache = cache(generation);
        cache.put("/p/1", scoped(generation.current(), "position 1"));
        cache.put("/p/2", scoped(generation.current(), "position 2", "position 1"));
        cache.put("/all", entry(generation.current(), 10));
        generation.movedOn(Set.of("position 2"), null);
        assertNotNull(cache.get("/p/1", generation.current()), "position 2's write leaves position 1's read");
        assertNull(cache.get("/p/2", generation.current()));
        assertNull(cache.get("/all", generation.current()), "a read naming no scope shows everything");
        generation.movedOn(Set.of(), null);
        assertNotNull(cache.get("/p/1", generation.current()), "a write touching no scope leaves it too");
        generation.movedOn(Set.of(WriteScopes.EVERYTHING), null);
        assertNull(cache.get("/p/1", generation.current()), "nothing outlives a write of everything");
    }

    @Test
    void aScopedReadKeptLongerThanTheWritesRememberedIsRenderedAgain() {
        DataGeneration generation = new DataGeneration(config(), null, "h2");
        ResponseCache cache = cache(generation);
        cache.put("/p/1", scoped(generation.current(), "position 1"));
        cache.put("/p/2", scoped(generation.current(), "position 2"));
        for (int i = 0; i < Touched.MEMORY; i++) {
            generation.movedOn(Set.of("position 3"), null);
        }
        assertNotNull(cache.get("/p/1", generation.current()), "checked within memory, it is kept up to now");
        generation.movedOn(Set.of("position 3"), null);
        assertNotNull(cache.get("/p/1", generation.current()));
        assertNull(cache.get("/p/2", generation.current()), "more writes since than are remembered");
    }

    @Test
    void aReadLargerThanTheWholeBudgetIsNotKeptAndCostsNoOtherOne() {
        ResponseCache cache = cache();
        cache.put("/a", entry(1, 10_000));
        cache.put("/huge", entry(1, (int) BUDGET));
        assertNull(cache.get("/huge", 1));
        assertNotNull(cache.get("/a", 1));
    }
}
