package org.parley.api;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every successful read gets a strong ETag computed from the bytes it sends, and a Cache-Control max-age; a
 * request whose If-None-Match names the current tag gets 304 Not Modified. The body is serialised once, here.
 */
public class HttpCaching {

    private final Representations representations;
    private final String cacheControl;

    public HttpCaching(Representations representations, HttpConfig config) {
        this.representations = representations;
        this.cacheControl = "max-age=" + config.cacheMaxAge().toSeconds() + ", must-revalidate";
    }

    @ServerResponseFilter
    public void tag(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        if (!(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)) || response.getStatus() != 200
                || !response.hasEntity()) {
            return;
        }
        byte[] body = bytes(response.getEntity(), response.getMediaType());
        if (body == null) {
            return;
        }
        String tag = ETags.of(body, response.getEntity() instanceof Versioned v ? v.version() : null);
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, cacheControl);
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (ETags.matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            response.setStatus(304);
            response.setEntity(null);
            return;
        }
        response.setEntity(body, null, response.getMediaType());
    }

    /** The bytes the client will receive, or null for bodies that are streamed and not tagged. */
    private byte[] bytes(Object entity, MediaType type) {
        if (entity instanceof byte[] raw) {
            return raw;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        if (type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
            return representations.bytes(entity);
        }
        return null;
    }
}
