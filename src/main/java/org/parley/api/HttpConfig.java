package org.parley.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "parley.http")
public interface HttpConfig {

    /**
     * The URL users reach the service at (with a proxy's path prefix, if any). When set, every absolute URL the
     * service writes (annotation IRIs, CSV links, oEmbed and widget URLs) starts with it, whatever Host a request
     * names; when absent, each request's own URL is used.
     */
    Optional<URI> publicUrl();

    /** How long clients and caches may use a read without revalidating it (Cache-Control max-age). */
    @WithDefault("PT0S")
    Duration cacheMaxAge();

    /** The largest JSON body a write accepts. */
    @WithDefault("1M")
    MemorySize maxJsonBody();

    /** The largest document text {@code POST /api/documents} accepts, in UTF-8 bytes. */
    @WithDefault("10M")
    MemorySize maxDocumentText();

    /**
     * How many large reads (the whole matrix) may render at once; the number of processors when unset. The
     * others wait for a slot (see LargeReads).
     */
    Optional<Integer> largeReads();

    /** How long a large read waits for a slot before it is answered 503 with Retry-After. */
    @WithDefault("30s")
    Duration largeReadWait();
}
