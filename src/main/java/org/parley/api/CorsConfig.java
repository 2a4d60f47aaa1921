package org.parley.api;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/**
 * Who may write from a browser on another origin. Reads are open to the origins of {@code quarkus.http.cors.origins}
 * (any, by default); writes only to the service's own origin and these.
 */
@ConfigMapping(prefix = "parley.cors")
public interface CorsConfig {

    /** Origins (scheme://host[:port]) whose pages may send POST, PUT, PATCH and DELETE; "*" for any. */
    Optional<List<String>> writeOrigins();
}
