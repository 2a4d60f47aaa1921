package org.parley.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.parley.error.DomainException;

/**
 * Refuses a body larger than its limit with 413 before reading it: JSON bodies are small; a document's text (its
 * exact limit is checked on the text itself) and a bulk import may be large.
 */
public class BodyLimits {

    private final long json;
    private final long document;

    public BodyLimits(HttpConfig config) {
        this.json = config.maxJsonBody().asLongValue();
        this.document = 2 * config.maxDocumentText().asLongValue() + json;
    }

    @ServerRequestFilter
    public void check(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null || length.isBlank()) {
            return;
        }
        String path = request.getUriInfo().getPath();
        long limit = path.startsWith("/api/documents") || path.startsWith("/api/import") ? document : json;
        long size;
        try {
            size = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            throw DomainException.invalid("Content-Length is not a number.", null);
        }
        if (size > limit) {
            throw tooLarge("The request body has " + size + " bytes; the limit here is " + limit + " bytes.");
        }
    }

    public static DomainException tooLarge(String detail) {
        return DomainException.tooLarge(detail);
    }
}
