package org.parley.export;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "parley.export")
public interface ExportConfig {

    /** The most positions one export holds; more get 400, asking for narrower filters, never a cut-off file. */
    @WithDefault("100000")
    int maxPositions();
}
