package org.parley.cache;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "parley.cache")
public interface CacheConfig {

    /** Whether rendered reads are cached in memory and served again until the data changes. */
    @WithDefault("true")
    boolean enabled();

    /** The most memory the cached reads may take. */
    @WithDefault("32M")
    MemorySize maxSize();

    /**
     * How long a read waits for the same read being rendered by another request before it renders its own (see
     * ConcurrentRenders).
     */
    @WithDefault("30s")
    Duration renderWait();

    /**
     * Whether other processes write to the same database (replicas on PostgreSQL): then each read first asks the
     * database whether anything changed. When unset: true on PostgreSQL, false on the embedded H2.
     */
    Optional<Boolean> sharedDatabase();

    /**
     * With a shared database: 0 to ask it on every read (strict), or how often to poll it in the background
     * instead, which is how stale another replica's write may be seen at most.
     */
    @WithDefault("0s")
    Duration sharedCheckInterval();
}
