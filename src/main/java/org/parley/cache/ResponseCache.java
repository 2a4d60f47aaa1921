package org.parley.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** Rendered reads, each kept with the data generation it was rendered at and served only while that is current. */
@ApplicationScoped
public class ResponseCache {

    /**
     * A read as it was sent: its bytes (and their gzip coding when worth it, else null), its headers, and the
     * generation of the data it shows.
     */
    public record Entry(long generation, byte[] body, byte[] gzip, String contentType,
            Map<String, List<String>> headers) {
    }

    private final boolean enabled;
    private final Cache<String, Entry> entries;

    public ResponseCache(CacheConfig config) {
        this.enabled = config.enabled();
        this.entries = Caffeine.newBuilder()
                .maximumWeight(config.maxSize().asLongValue())
                .weigher((String key, Entry entry) -> key.length() * 2 + entry.body().length
                        + (entry.gzip() == null ? 0 : entry.gzip().length) + 512)
                .build();
    }

    public boolean enabled() {
        return enabled;
    }

    public Entry get(String key, long generation) {
        Entry entry = entries.getIfPresent(key);
        return entry != null && entry.generation() == generation ? entry : null;
    }

    public void put(String key, Entry entry) {
        entries.put(key, entry);
    }

    void clear() {
        entries.invalidateAll();
    }
}
