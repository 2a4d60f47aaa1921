package org.parley.change;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "parley.events")
public interface ChangeConfig {

    /** How often the change feed looks for new changes while someone listens. */
    @WithDefault("PT0.25S")
    Duration pollInterval();

    /**
     * How far back each look reaches: a change committed this long after it was stamped is still announced, once.
     * Covers transactions that commit out of order, on this replica or another.
     */
    @WithDefault("PT10S")
    Duration lookBack();
}
