package org.parley.cache;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.parley.api.Gzip;

/**
 * Rendered reads, each cached with the data generation it was rendered at and served only while no write since then
 * touched what it shows ({@link ReadScope}: a read that declares nothing shows everything), within a memory budget:
 * the least recently served go first. A read found stale is dropped when it is asked for.
 *
 * <p>Plain LRU on purpose. A frequency-based admission policy (Caffeine's TinyLFU) refuses a newly rendered large
 * read, such as the matrix, while smaller reads are hot; here entries are recent by construction, since a write
 * makes most of them stale, and a refused matrix would be recomputed by every request that follows.
 */
@ApplicationScoped
public class ResponseCache {

    /**
     * A read as it was sent: its bytes, gzip-coded when that was worth it (a page of positions keeps a sixth of its
     * size, so six times as many reads fit), its headers, the generation of the data it shows, the scopes of
     * that data (null: all of it) and the path template it matched, for the request metrics.
     */
    public record Entry(long generation, Set<String> scopes, byte[] bytes, boolean gzipped, String contentType,
            Map<String, List<String>> headers, String template) {

        Entry at(long later) {
            return new Entry(later, scopes, bytes, gzipped, contentType, headers, template);
        }

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
    private final DataGeneration generations;
    private final ReentrantLock lock = new ReentrantLock();
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long weight;

    public ResponseCache(CacheConfig config, DataGeneration generations) {
        this.enabled = config.enabled();
        this.budget = config.maxSize().asLongValue();
        this.generations = generations;
    }

    public boolean enabled() {
        return enabled;
    }

    /** The read kept under the key if it is current at the generation, else null. */
    public Entry get(String key, long generation) {
        lock.lock();
        try {
            Entry entry = entries.get(key);
            if (entry == null || entry.generation() == generation) {
                return entry;
            }
            if (entry.scopes() != null && entry.generation() < generation
                    && generations.untouched(entry.generation(), generation, entry.scopes())) {
                // Checked once: the next read only looks at writes after this generation.
                entries.put(key, entry.at(generation));
                return entry;
            }
            if (entry.generation() < generation) {
                entries.remove(key);
                weight -= entry.weight(key);
            }
            return null;
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
