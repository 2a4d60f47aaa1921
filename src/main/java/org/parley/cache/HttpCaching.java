package org.parley.cache;

import io.smallrye.common.vertx.ContextLocals;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.parley.api.ETags;
import org.parley.api.Gzip;
import org.parley.api.HttpConfig;
import org.parley.api.RenderBuffers;
import org.parley.api.Representations;
import org.parley.api.Versioned;
import org.parley.csv.Csv;
import org.parley.csv.CsvBodyWriter;

/**
 * Every successful read gets a strong ETag computed from the bytes it sends, and a Cache-Control max-age; a
 * request whose If-None-Match names the current tag gets 304 Not Modified. The body is serialised once, here, and
 * compressed once when it is large and the client accepts gzip ({@link Gzip}); a body the cache does not keep is
 * compressed only when it is larger than TCP's initial window. A read served from memory by
 * {@link CachedReads} is finished here too: {@link #send} is the one place a 304, the gzip coding and the ETag
 * of a read are decided.
 */
public class HttpCaching {

    private final Representations representations;
    private final CsvBodyWriter csv;
    private final ResponseCache cache;
    private final CachedReads cachedReads;
    private final ReadScope scope;
    private final String cacheControl;
    private final RenderBuffers buffers;

    public HttpCaching(Representations representations, CsvBodyWriter csv, ResponseCache cache,
            CachedReads cachedReads, ReadScope scope, HttpConfig config, RenderBuffers buffers) {
        this.representations = representations;
        this.csv = csv;
        this.cache = cache;
        this.cachedReads = cachedReads;
        this.scope = scope;
        this.cacheControl = "max-age=" + config.cacheMaxAge().toSeconds() + ", must-revalidate";
        this.buffers = buffers;
    }

    @ServerResponseFilter
    public void tag(ContainerRequestContext request, ContainerResponseContext response) {
        try {
            tagAndKeep(request, response);
        } finally {
            cachedReads.renderEnded(request);
        }
    }

    private void tagAndKeep(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        if (!(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)) || response.getStatus() != 200) {
            return;
        }
        if (request.getProperty(CachedReads.SERVED) instanceof ResponseCache.Entry entry) {
            send(request, response, CachedReads.first(entry.headers(), HttpHeaders.ETAG), entry.gzipped(),
                    entry::plain, entry::bytes);
            return;
        }
        if (!response.hasEntity()) {
            return;
        }
        RenderBuffers.Buffer rendered = render(response);
        if (rendered == null) {
            return;
        }
        try {
            tagAndKeep(request, response, rendered);
        } finally {
            buffers.give(rendered);
        }
    }

    private void tagAndKeep(ContainerRequestContext request, ContainerResponseContext response,
            RenderBuffers.Buffer rendered) {
        String tag = ETags.of(rendered.array(), rendered.length(),
                response.getEntity() instanceof Versioned v ? v.version() : null);
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, cacheControl);
        // One Vary for the JAX-RS layer: it would otherwise replace the Vary: Origin set below it.
        response.getHeaders().putSingle(HttpHeaders.VARY, "Accept, Accept-Encoding, Origin");
        boolean keepable = request.getProperty(CachedReads.GENERATION) != null;
        // Decided before If-None-Match is, so that a 304 names the coding a 200 would have had.
        boolean compressible = Gzip.worthIt(rendered.length(), contentType(response), keepable);
        boolean cacheable = keepable && !ETags.matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag);
        byte[] gzip = cacheable && compressible ? compress(rendered) : null;
        byte[] body = cacheable && gzip == null ? rendered.copy() : null;
        if (cacheable) {
            keep(request, response, body, gzip);
        }
        send(request, response, tag, compressible, body != null ? () -> body : rendered::copy,
                gzip != null ? () -> gzip : () -> compress(rendered));
    }

    /**
     * How a read tagged {@code tag} is answered: 304 when If-None-Match names it, else the body, gzip-coded when it has
     * a gzip form and the client accepts gzip. The gzip form is another representation, so it is sent with its own
     * tag. Decided here for every read, rendered or kept, on either path ({@link EarlyCachedReads}).
     */
    record Answer(boolean notModified, boolean gzip, String tag) {

        static Answer to(String ifNoneMatch, String acceptEncoding, String tag, boolean gzipForm) {
            boolean gzip = gzipForm && Gzip.accepted(acceptEncoding);
            return new Answer(ETags.matches(ifNoneMatch, tag), gzip, gzip ? Gzip.tag(tag) : tag);
        }
    }

    private static void send(ContainerRequestContext request, ContainerResponseContext response, String tag,
            boolean gzipForm, Supplier<byte[]> plain, Supplier<byte[]> gzip) {
        Answer answer = Answer.to(request.getHeaderString(HttpHeaders.IF_NONE_MATCH),
                request.getHeaderString(HttpHeaders.ACCEPT_ENCODING), tag, gzipForm);
        if (answer.notModified()) {
            response.setStatus(304);
            response.setEntity(null);
        } else {
            Object contentType = response.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE);
            response.setEntity(answer.gzip() ? gzip.get() : plain.get(), null, response.getMediaType());
            if (contentType instanceof String written) {
                response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, written);
            }
            if (answer.gzip()) {
                response.getHeaders().putSingle(HttpHeaders.CONTENT_ENCODING, Gzip.CODING);
            }
        }
        response.getHeaders().putSingle(HttpHeaders.ETAG, answer.tag());
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
                new ResponseCache.Entry(generation, scope.scopes(), gzip != null ? gzip : body, gzip != null,
                        contentType(response), headers,
                        ContextLocals.<String>get(EarlyCachedReads.TEMPLATE).orElse(null)));
    }

    private static String contentType(ContainerResponseContext response) {
        Object type = response.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE);
        return type != null ? type.toString()
                : response.getMediaType() == null ? null : response.getMediaType().toString();
    }

    /** The gzip coding of a rendered body, in an array of its own. */
    private byte[] compress(RenderBuffers.Buffer rendered) {
        RenderBuffers.Buffer gzip = buffers.take();
        try {
            Gzip.compress(rendered.array(), rendered.length(), gzip);
            return gzip.copy();
        } finally {
            buffers.give(gzip);
        }
    }

    /**
     * The bytes the client will receive, written into a buffer of {@link RenderBuffers} (or, when the resource
     * returned them as bytes or text, wrapped in one), or null for bodies that are streamed and not tagged.
     */
    private RenderBuffers.Buffer render(ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (entity instanceof byte[] raw) {
            return buffers.wrap(raw);
        }
        if (entity instanceof String text) {
            return buffers.wrap(text.getBytes(StandardCharsets.UTF_8));
        }
        MediaType type = response.getMediaType();
        boolean json = type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
        boolean csvText = !json && type != null && type.isCompatible(MediaType.valueOf(Csv.MEDIA_TYPE))
                && csv.isWriteable(response.getEntityClass(), response.getEntityType(), null, type);
        if (!json && !csvText) {
            return null;
        }
        RenderBuffers.Buffer buffer = buffers.take();
        try {
            if (json) {
                representations.write(entity, buffer);
            } else {
                csv.writeTo(entity, response.getEntityClass(), response.getEntityType(), null, type,
                        response.getHeaders(), buffer);
            }
            return buffer;
        } catch (IOException e) {
            buffers.give(buffer);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            buffers.give(buffer);
            throw e;
        }
    }
}
