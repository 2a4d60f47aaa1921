package org.parley.cache;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.Context;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.parley.api.ResponseEnds;

/**
 * Serves a read again from memory while the data it shows has not changed: no query, no rendering. The first
 * read of a URL renders it as usual and {@link HttpCaching} keeps what it sent; a read served from here is
 * finished by {@link HttpCaching} too (304, gzip, ETag), as a rendered one is.
 */
public class CachedReads {

    /** The generation a read started at: set on reads that may be cached. */
    public static final String GENERATION = CachedReads.class.getName() + ".generation";
    /** Set on reads served from memory, to the cached entry, which {@link HttpCaching} sends. */
    public static final String SERVED = CachedReads.class.getName() + ".served";
    /** Set on a read that renders for others waiting for the same one (see {@link ConcurrentRenders}). */
    private static final String RENDER_KEY = CachedReads.class.getName() + ".renderKey";

    private final ResponseCache cache;
    private final DataGeneration generation;
    private final ConcurrentRenders renders;
    private final CurrentVertxRequest current;

    public CachedReads(ResponseCache cache, DataGeneration generation, CacheConfig config,
            CurrentVertxRequest current) {
        this.cache = cache;
        this.generation = generation;
        this.renders = new ConcurrentRenders(config.renderWait());
        this.current = current;
    }

    /** Serves the read from memory, or null to let it be rendered. */
    @ServerRequestFilter
    public Response serveFromMemory(ContainerRequestContext request) {
        if (!cache.enabled() || !cacheable(request)) {
            return null;
        }
        long now = generation.current();
        request.setProperty(GENERATION, now);
        String key = key(request);
        ResponseCache.Entry entry = cache.get(key, now);
        if (entry == null && !Context.isOnEventLoopThread()) {
            String renderKey = now + " " + key;
            if (renders.leadOrWait(renderKey)) {
                request.setProperty(RENDER_KEY, renderKey);
                // Its client may leave mid-render, and then no response filter runs: the others go on then.
                RoutingContext routing = current.getCurrent();
                if (routing != null) {
                    ResponseEnds.onEnd(routing, () -> renders.finish(renderKey));
                }
                return null;
            }
            entry = cache.get(key, now);
        }
        if (entry == null) {
            return null;
        }
        request.setProperty(SERVED, entry);
        Response.ResponseBuilder response = Response.ok();
        entry.headers().forEach((name, values) -> values.forEach(value -> response.header(name, value)));
        if (entry.contentType() != null) {
            // Exactly as first sent (charset included); the builder would otherwise render the media type.
            response.header(HttpHeaders.CONTENT_TYPE, entry.contentType());
        }
        return response.build();
    }

    /** A read that rendered for others has been cached (or failed): they go on. Called last on every response. */
    public void renderEnded(ContainerRequestContext request) {
        if (request.getProperty(RENDER_KEY) instanceof String renderKey) {
            renders.finish(renderKey);
        }
    }

    /**
     * The key a read is cached under: what decides its bytes, the URL and the representation asked for. The URL
     * includes the scheme and the authority (the Host header): annotation IRIs, CSV links and Link headers are
     * absolute, so a request naming another host must never be cached for, or served to, the others.
     */
    public static String key(ContainerRequestContext request) {
        return key(request.getUriInfo().getRequestUri(), request.getHeaderString(HttpHeaders.ACCEPT));
    }

    static String key(URI uri, String accept) {
        return uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath() + "?" + uri.getRawQuery() + " "
                + accept;
    }

    private static boolean cacheable(ContainerRequestContext request) {
        String method = request.getMethod();
        String path = request.getUriInfo().getPath();
        return (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)) && path.startsWith("/api/")
                && !path.equals("/api/events");
    }

    static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
