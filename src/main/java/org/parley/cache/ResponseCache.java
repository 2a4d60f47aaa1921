package org.parley.cache;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.parley.api.Gzip;

/**
 * Rendered reads, each cached with the data generation it was rendered at and served only while that is current,
 * within a memory budget: the least recently served go first.
 *
 * <p>Plain LRU on purpose. A frequency-based admission policy (Caffeine's TinyLFU) refuses a newly rendered large
 * read, such as the matrix, while smaller reads are hot; here every entry is recent by construction, since a write
 * empties the cache, and a refused matrix would be recomputed by every request that follows.
 */
@ApplicationScoped
public class ResponseCache {

    /**
     * A read as it was sent: its bytes, gzip-coded when that was worth it (a page of positions keeps a sixth of its
     * size, so six times as many reads fit), its headers, and the generation of the data it shows.
     */
    public record Entry(long generation, byte[] bytes, boolean gzipped, String contentType,
            Map<String, List<String>> headers) {

        /** The bytes as a client that does not accept gzip receives them. */
        public byte[] plain() {
            return gzipped ? Gzip.decompress(bytes) : bytes;
        }

        long weight(String key) {
            return key.length() * 2L + bytes.length + 512;
        }
    }

    private final boolean enabled;
    private final long budget;
    private final ReentrantLock lock = new ReentrantLock();
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long weight;

    public ResponseCache(CacheConfig config) {
        this.enabled = config.enabled();
        this.budget = config.maxSize().asLongValue();
    }

    public boolean enabled() {
        return enabled;
    }

    public Entry get(String key, long generation) {
        lock.lock();
        try {
            Entry entry = entries.get(key);
            return entry != null && entry.generation() == generation ? entry : null;
        } finally {
            lock.unlock();
        }
    }

    /** Keeps the entry unless it alone exceeds the budget, dropping the least recently served to make room. */
    public void put(String key, Entry entry) {
        long size = entry.weight(key);
        if (size > budget) {
            return;
        }
        lock.lock();
        try {
            Entry previous = entries.put(key, entry);
            weight += size - (previous == null ? 0 : previous.weight(key));
            for (Iterator<Map.Entry<String, Entry>> eldest = entries.entrySet().iterator(); weight > budget; ) {
                Map.Entry<String, Entry> dropped = eldest.next();
                weight -= dropped.getValue().weight(dropped.getKey());
                eldest.remove();
            }
        } finally {
            lock.unlock();
        }
    }

    /** The memory the cached reads take, as the budget counts it. */
    public long weight() {
        lock.lock();
        try {
            return weight;
        } finally {
            lock.unlock();
        }
    }

    void clear() {
        lock.lock();
        try {
            entries.clear();
            weight = 0;
        } finally {
            lock.unlock();
        }
    }
}
