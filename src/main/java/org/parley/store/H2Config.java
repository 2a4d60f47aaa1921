package org.parley.store;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The embedded H2 database's file: its page cache and how often its dead space is given back. */
@ConfigMapping(prefix = "parley.h2")
public interface H2Config {

    /** H2's page cache; by default an eighth of the JVM's maximum heap (H2's own default is 16 MB). */
    Optional<MemorySize> cacheSize();

    /** How often the file's half-empty chunks are looked for and rewritten (see H2Housekeeping); 0 never. */
    @WithDefault("1s")
    Duration housekeepingInterval();

    /** Chunks are rewritten while less than this share (percent) of the file's chunks holds live data. */
    @WithDefault("80")
    int fillRate();
}
