package org.parley.api;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.parley.error.DomainException;

/**
 * Refuses a body larger than its limit with 413 before reading it: JSON bodies are small; a document's text (its
 * exact limit is checked on the text itself) and a bulk import may be large. A body that does not say its length
 * (chunked) is held to the same limits as it is read, by {@link StreamedBodyLimit}.
 */
public class BodyLimits {

    private final long json;
    private final long document;
    private final CurrentVertxRequest current;

    public BodyLimits(HttpConfig config, CurrentVertxRequest current) {
        this.current = current;
        this.json = config.maxJsonBody().asLongValue();
        this.document = 2 * config.maxDocumentText().asLongValue() + json;
    }

    /** The most bytes a request body to this path may have. */
    long limitFor(String path) {
        return path.startsWith("/api/documents") || path.startsWith("/api/import") ? document : json;
    }

    @ServerRequestFilter
    public void check(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null || length.isBlank()) {
            return;
        }
        long limit = limitFor(request.getUriInfo().getPath());
        long size;
        try {
            size = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            throw DomainException.invalid("Content-Length is not a number.", null);
        }
        if (size > limit) {
            throw unread("The request body has " + size + " bytes; the limit here is " + limit + " bytes.");
        }
    }

    /**
     * 413 for a body that is left unread. Over HTTP/1.1 the rest of it would have to be read to find the next
     * request, so the connection is closed after the response instead.
     */
    DomainException unread(String detail) {
        RoutingContext routing = current.getCurrent();
        if (routing != null && routing.request().version() != HttpVersion.HTTP_2) {
            routing.response().putHeader("Connection", "close");
            routing.addEndHandler(ended -> routing.request().connection().close());
        }
        return tooLarge(detail);
    }

    public static DomainException tooLarge(String detail) {
        return DomainException.tooLarge(detail);
    }
}
