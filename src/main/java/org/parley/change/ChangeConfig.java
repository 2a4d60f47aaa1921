package org.parley.change;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "parley.events")
public interface ChangeConfig {

    /** How often the change feed looks for new changes while someone listens. */
    @WithDefault("PT0.25S")
    Duration pollInterval();

    /** How often a listener that heard nothing gets a comment line, so proxies keep its connection open. */
    @WithDefault("PT15S")
    Duration heartbeat();

    /** The most changes read ahead for one listener (and kept in memory for all of them, times four). */
    @WithDefault("500")
    int buffer();

    /** How long a listener may leave an event unread before it is dropped (its stream ends; it can resume). */
    @WithDefault("PT30S")
    Duration stallTimeout();
}
