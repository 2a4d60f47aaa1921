package org.parley.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "parley.search")
public interface SearchConfig {

    /** Where the full-text index lives; by default {@code <parley.data-dir>/index}, beside the H2 database. */
    Optional<String> indexDir();

    /** How long one query may run before it is given up with 503. */
    @WithDefault("2s")
    Duration timeout();

    /** The most clauses a query may expand to (a prefix such as {@code s*} expands to every matching term). */
    @WithDefault("1024")
    int maxClauses();

    /**
     * How long a search or a write waits for the index while it is being built or caught up, before a search
     * answers 503 (a write is then answered anyway: it shows in search once the index has caught up).
     */
    @WithDefault("10s")
    Duration readyWait();

    /**
     * Replicas: how far back, before the last catch-up, another replica's changes are looked for. It covers clock
     * differences between replicas and transactions that commit a while after they wrote.
     */
    @WithDefault("60s")
    Duration catchUpMargin();

    /** Delete the index at start (tests: every boot starts with an empty database). */
    @WithDefault("false")
    boolean cleanAtStart();
}
