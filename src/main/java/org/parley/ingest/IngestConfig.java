package org.parley.ingest;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How {@code POST /api/documents} with a URL fetches the page. */
@ConfigMapping(prefix = "parley.ingest")
public interface IngestConfig {

    /** How long connecting to the page's server may take. */
    @WithDefault("PT5S")
    Duration connectTimeout();

    /** How long the whole fetch of one response (headers and body) may take. */
    @WithDefault("PT15S")
    Duration readTimeout();

    /** The largest page read; reading stops past it and the request gets 413. */
    @WithDefault("5M")
    MemorySize maxBytes();

    /** How many redirects are followed before giving up (502). */
    @WithDefault("5")
    int maxRedirects();

    /**
     * Fetch from private, loopback, link-local and other non-public addresses. Off: such a URL gets 422, so
     * a caller cannot make Parley reach into its own network. Tests turn it on to fetch from a local server.
     */
    @WithDefault("false")
    boolean allowPrivateAddresses();

    /** The User-Agent header sent with each fetch. */
    @WithDefault("Parley/1.0 (+https://github.com/parley)")
    String userAgent();
}
