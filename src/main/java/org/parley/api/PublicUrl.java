package org.parley.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where absolute URLs start: the configured public URL (parley.http.public-url, or the older
 * parley.embed.public-url), else the URL the request came in on, whose Host header anyone can choose.
 */
@ApplicationScoped
public class PublicUrl {

    private final Optional<URI> configured;

    public PublicUrl(HttpConfig config, @ConfigProperty(name = "parley.embed.public-url") Optional<URI> older) {
        this.configured = config.publicUrl().or(() -> older).map(PublicUrl::checked);
    }

    /** The service's base URL, without a trailing slash. */
    public String base(UriInfo request) {
        return baseUri(request).toString().replaceAll("/+$", "");
    }

    public URI baseUri(UriInfo request) {
        return configured.orElseGet(request::getBaseUri);
    }

    /** The URL of this request (path and query) under the public base URL. */
    public URI requestUri(UriInfo request) {
        URI relative = request.getBaseUri().relativize(request.getRequestUri());
        return URI.create(base(request) + "/").resolve(relative);
    }

    private static URI checked(URI url) {
        boolean web = "http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme());
        if (!web || url.getHost() == null || url.getRawQuery() != null || url.getRawFragment() != null) {
            throw new IllegalArgumentException("parley.http.public-url must be an http or https URL with a host and "
                    + "no query or fragment, such as https://parley.example.org or https://example.org/parley: " + url);
        }
        return url;
    }
}
