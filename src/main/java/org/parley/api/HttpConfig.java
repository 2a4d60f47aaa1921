package org.parley.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "parley.http")
public interface HttpConfig {

    /** How long clients and caches may use a read without revalidating it (Cache-Control max-age). */
    @WithDefault("PT0S")
    Duration cacheMaxAge();

    /** The largest JSON body a write accepts. */
    @WithDefault("1M")
    MemorySize maxJsonBody();

    /** The largest document text {@code POST /api/documents} accepts, in UTF-8 bytes. */
    @WithDefault("10M")
    MemorySize maxDocumentText();
}
