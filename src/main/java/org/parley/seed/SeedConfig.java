package org.parley.seed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

@ConfigMapping(prefix = "parley.seeds")
public interface SeedConfig {

    /** Whether the catalogue is loaded at start. */
    @WithDefault("true")
    boolean enabled();

    /** A folder holding {@code catalogue.yaml} and the documents' texts; the packaged seeds when absent. */
    Optional<Path> path();
}
