package org.parley.citation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "parley.reanchoring")
public interface ReanchoringConfig {

    /**
     * The least similarity (0 to 1) of an edited passage to the old quote for the citation to hold it as FUZZY
     * rather than be ORPHANED. See the README for how the default was chosen.
     */
    @WithDefault(Reanchoring.DEFAULT_THRESHOLD)
    double fuzzyThreshold();

    /** How long the diff of two revisions may look for the smallest difference before settling for a coarser one. */
    @WithDefault("PT1S")
    Duration diffTimeout();
}
