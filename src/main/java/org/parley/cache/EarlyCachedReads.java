package org.parley.cache;

import io.netty.buffer.Unpooled;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.smallrye.common.vertx.ContextLocals;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.parley.api.Gzip;

/**
 * Serves a kept read on the event loop, before Quarkus REST is reached, when it is current and its generation is
 * known without asking the database: the same bytes and headers {@link CachedReads} and {@link HttpCaching} would
 * send, without the request chain between (resource matching, request scope, filters, serialisation of headers).
 * It runs after Quarkus' CORS, authentication and authorization filters, so a read policy and CORS still hold. Any
 * other read (not kept, stale, a shared generation to be asked for, a request it cannot key exactly) goes on to
 * Quarkus REST, which renders it or serves it from memory as before.
 */
@ApplicationScoped
public class EarlyCachedReads {

    /** Quarkus' authorization filter has priority 100; lower runs later. */
    private static final int AFTER_AUTHORIZATION = 50;
    private static final int DIRECT_FROM = 16_384;
    /** Keyed by the identity of a kept entry's bytes, so a body leaves with the entry that holds it. */
    private static final Map<byte[], Buffer> DIRECT = Collections.synchronizedMap(new WeakHashMap<>());
    /** Where Quarkus REST leaves the matched path template, which the request metrics tag requests with. */
    static final String TEMPLATE = "UrlPathTemplate";
    /** Header names as Quarkus REST spells them, so that both paths send the same headers. */
    private static final String ETAG = jakarta.ws.rs.core.HttpHeaders.ETAG;
    private static final String CONTENT_TYPE = jakarta.ws.rs.core.HttpHeaders.CONTENT_TYPE;
    private static final String CONTENT_ENCODING = jakarta.ws.rs.core.HttpHeaders.CONTENT_ENCODING;

    private final ResponseCache cache;
    private final DataGeneration generation;

    public EarlyCachedReads(ResponseCache cache, DataGeneration generation) {
        this.cache = cache;
        this.generation = generation;
    }

    void register(@Observes Filters filters) {
        if (cache.enabled()) {
            filters.register(this::serve, AFTER_AUTHORIZATION);
        }
    }

    void serve(RoutingContext context) {
        ResponseCache.Entry entry = kept(context.request());
        if (entry == null) {
            context.next();
            return;
        }
        HttpServerRequest request = context.request();
        HttpServerResponse response = context.response();
        ContextLocals.put(TEMPLATE, entry.template());
        HttpCaching.Answer answer = HttpCaching.Answer.to(request.getHeader(HttpHeaders.IF_NONE_MATCH),
                request.getHeader(HttpHeaders.ACCEPT_ENCODING), CachedReads.first(entry.headers(), ETAG),
                entry.gzipped());
        // Added, as Quarkus REST adds them, to what the filters before set (Vary: Origin, CORS).
        for (Map.Entry<String, List<String>> header : entry.headers().entrySet()) {
            if (!header.getKey().equalsIgnoreCase(ETAG)) {
                response.headers().add(header.getKey(), header.getValue());
            }
        }
        response.headers().add(ETAG, answer.tag());
        if (answer.notModified()) {
            response.setStatusCode(304).end();
            return;
        }
        response.headers().add(CONTENT_TYPE, entry.contentType());
        if (answer.gzip()) {
            response.headers().add(CONTENT_ENCODING, Gzip.CODING);
        }
        response.end(answer.gzip() || !entry.gzipped() ? onTheWire(entry.bytes()) : Buffer.buffer(entry.plain()));
    }

    /**
     * A large kept body in direct memory, made once and written as it is to every client, rather than copied twice
     * per read (into a buffer, then into the socket's direct memory). It lives as long as its entry's bytes.
     */
    private static Buffer onTheWire(byte[] bytes) {
        if (bytes.length < DIRECT_FROM) {
            return Buffer.buffer(bytes);
        }
        return DIRECT.computeIfAbsent(bytes, b -> Buffer.buffer(Unpooled.unreleasableBuffer(
                Unpooled.wrappedBuffer(ByteBuffer.allocateDirect(b.length).put(b).flip()))));
    }

    /** The kept read this request asks for, if it is current and this filter can key the request as REST does. */
    private ResponseCache.Entry kept(HttpServerRequest request) {
        if (request.method() != HttpMethod.GET || !request.path().startsWith("/api/")
                || request.path().equals("/api/events") || request.headers().getAll(HttpHeaders.ACCEPT).size() > 1) {
            return null;
        }
        Long now = generation.knownWithoutAsking();
        if (now == null) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(request.absoluteURI());
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
        String key = CachedReads.key(uri, request.getHeader(HttpHeaders.ACCEPT));
        ResponseCache.Entry entry = cache.get(key, now);
        return entry != null && entry.template() != null && entry.contentType() != null
                && !entry.contentType().contains("ld+json") ? entry : null;
    }
}
