package org.parley.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Quarkus' CORS filter has one list of origins for every method. This filter runs before it and refuses a write —
 * or the preflight that asks for one — from an origin that is neither the service's own nor a configured write
 * origin, so the CORS filter can let any origin read. A refused preflight carries no CORS headers: the browser does
 * not send the request.
 */
@ApplicationScoped
public class WriteOriginFilter {

    /** Quarkus' CORS filter has priority 300; higher runs first. */
    private static final int BEFORE_CORS = 310;
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final List<String> writeOrigins;
    private final ObjectMapper json;

    public WriteOriginFilter(CorsConfig config, ObjectMapper json) {
        this.writeOrigins = config.writeOrigins().orElse(List.of()).stream()
                .map(o -> o.trim().replaceAll("/$", "").toLowerCase(Locale.ROOT)).toList();
        this.json = json;
    }

    void register(@Observes Filters filters) {
        filters.register(this::filter, BEFORE_CORS);
    }

    void filter(RoutingContext context) {
        HttpServerRequest request = context.request();
        // Whether CORS headers are sent depends on the Origin: caches must keep responses to different origins apart.
        context.response().headers().add(HttpHeaders.VARY, "Origin");
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        String method = requestedMethod(request);
        if (origin == null || READS.contains(method) || mayWrite(origin, request)) {
            context.next();
            return;
        }
        refuse(context, origin, method);
    }

    /** The method a preflight asks about, or the request's own. */
    private static String requestedMethod(HttpServerRequest request) {
        String asked = request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
        return request.method() == HttpMethod.OPTIONS && asked != null ? asked.trim().toUpperCase(Locale.ROOT)
                : request.method().name();
    }

    private boolean mayWrite(String origin, HttpServerRequest request) {
        String normalised = origin.trim().toLowerCase(Locale.ROOT);
        return writeOrigins.contains("*") || writeOrigins.contains(normalised) || sameOrigin(normalised, request);
    }

    static boolean sameOrigin(String origin, HttpServerRequest request) {
        try {
            URI from = URI.create(origin);
            URI own = URI.create(request.scheme() + "://" + request.authority());
            return from.getScheme() != null && from.getScheme().equalsIgnoreCase(own.getScheme())
                    && from.getHost() != null && from.getHost().equalsIgnoreCase(own.getHost())
                    && port(from) == port(own);
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private void refuse(RoutingContext context, String origin, String method) {
        Problem problem = new Problem("/problems/write-origin-refused", "Forbidden", 403,
                "Pages from " + origin + " may read this API but not " + method + " to it. Writes are allowed from "
                        + "the service's own origin and the origins in parley.cors.write-origins.",
                context.request().path(), null);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        context.response().setStatusCode(403)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body);
    }
}
