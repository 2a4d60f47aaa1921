package org.parley.api;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.parley.cache.CachedReads;
import org.parley.cache.ResponseCache;
import org.parley.csv.Csv;
import org.parley.csv.CsvBodyWriter;

/**
 * Every successful read gets a strong ETag computed from the bytes it sends, and a Cache-Control max-age; a
 * request whose If-None-Match names the current tag gets 304 Not Modified. The body is serialised once, here, and
 * compressed once when it is large and the client accepts gzip ({@link Gzip}).
 */
public class HttpCaching {

    private final Representations representations;
    private final CsvBodyWriter csv;
    private final ResponseCache cache;
    private final CachedReads cachedReads;
    private final String cacheControl;

    public HttpCaching(Representations representations, CsvBodyWriter csv, ResponseCache cache,
            CachedReads cachedReads, HttpConfig config) {
        this.representations = representations;
        this.csv = csv;
        this.cache = cache;
        this.cachedReads = cachedReads;
        this.cacheControl = "max-age=" + config.cacheMaxAge().toSeconds() + ", must-revalidate";
    }

    @ServerResponseFilter
    public void tag(ContainerRequestContext request, ContainerResponseContext response) {
        try {
            tagAndKeep(request, response);
        } finally {
            cachedReads.landed(request);
        }
    }

    private void tagAndKeep(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        if (!(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)) || response.getStatus() != 200
                || !response.hasEntity() || request.getProperty(CachedReads.SERVED) != null) {
            return;
        }
        byte[] body = bytes(response);
        if (body == null) {
            return;
        }
        String tag = ETags.of(body, response.getEntity() instanceof Versioned v ? v.version() : null);
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, cacheControl);
        // One Vary for the JAX-RS layer: it would otherwise replace the Vary: Origin set below it.
        response.getHeaders().putSingle(HttpHeaders.VARY, "Accept, Accept-Encoding, Origin");
        boolean gzipAccepted = Gzip.accepted(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
        boolean compressible = Gzip.worthIt(body, contentType(response));
        if (ETags.matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            response.setStatus(304);
            response.setEntity(null);
            if (gzipAccepted && compressible) {
                response.getHeaders().putSingle(HttpHeaders.ETAG, Gzip.tag(tag));
            }
            return;
        }
        boolean kept = request.getProperty(CachedReads.GENERATION) != null;
        byte[] gzip = compressible && (gzipAccepted || kept) ? Gzip.compress(body) : null;
        boolean sendGzip = gzip != null && gzipAccepted;
        Object contentType = response.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE);
        response.setEntity(sendGzip ? gzip : body, null, response.getMediaType());
        if (contentType instanceof String written) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, written);
        }
        if (kept) {
            keep(request, response, body, gzip);
        }
        if (sendGzip) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_ENCODING, Gzip.CODING);
            response.getHeaders().putSingle(HttpHeaders.ETAG, Gzip.tag(tag));
        }
    }

    /** Keeps what was sent, for {@link CachedReads} to serve again until the data changes. */
    private void keep(ContainerRequestContext request, ContainerResponseContext response, byte[] body, byte[] gzip) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        response.getStringHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                headers.put(name, List.copyOf(values));
            }
        });
        long generation = (Long) request.getProperty(CachedReads.GENERATION);
        cache.put(CachedReads.key(request),
                new ResponseCache.Entry(generation, gzip != null ? gzip : body, gzip != null, contentType(response),
                        headers));
    }

    private static String contentType(ContainerResponseContext response) {
        Object type = response.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE);
        return type != null ? type.toString()
                : response.getMediaType() == null ? null : response.getMediaType().toString();
    }

    /** The bytes the client will receive, or null for bodies that are streamed and not tagged. */
    private byte[] bytes(ContainerResponseContext response) {
        Object entity = response.getEntity();
        MediaType type = response.getMediaType();
        if (entity instanceof byte[] raw) {
            return raw;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        if (type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
            return representations.bytes(entity);
        }
        if (type != null && type.isCompatible(MediaType.valueOf(Csv.MEDIA_TYPE))
                && csv.isWriteable(response.getEntityClass(), response.getEntityType(), null, type)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                csv.writeTo(entity, response.getEntityClass(), response.getEntityType(), null, type,
                        response.getHeaders(), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
        return null;
    }
}
