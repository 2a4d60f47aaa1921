package org.parley.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.parley.error.DomainException;

/**
 * Accept and Content-Type checked before routing, where a value the framework cannot parse would fail as a 500: an
 * empty Accept means any type (as no Accept does), {@code application/*} means JSON; an unparseable Accept is 400, an
 * unparseable or missing Content-Type on a body 415.
 */
public class MediaTypeHeaders {

    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

    @ServerRequestFilter(preMatching = true)
    public void check(ContainerRequestContext request) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept != null) {
            String[] types = Arrays.stream(accept.split(",")).filter(t -> !t.isBlank()).toArray(String[]::new);
            if (!parses(types)) {
                throw DomainException.invalid("The Accept header is not a list of media types.", null);
            }
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, types.length == 0 ? MediaType.WILDCARD
                    : String.join(",", Arrays.stream(types).map(MediaTypeHeaders::jsonForAnyApplication).toList()));
        }
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (contentType == null && hasBody(request)) {
            throw unsupported("A request body needs a Content-Type header.");
        }
        if (contentType != null && !parses(contentType)) {
            throw unsupported("The Content-Type header is not a media type.");
        }
    }

    /**
     * {@code application/*} means JSON, the one application type every operation of ours produces: RESTEasy Reactive
     * picks no type for it on an operation that also produces CSV, and writes the object's toString as
     * application/octet-stream.
     */
    private static String jsonForAnyApplication(String range) {
        MediaType type = MediaType.valueOf(range.trim());
        if (!type.getType().equals("application") || !type.isWildcardSubtype()) {
            return range;
        }
        return new MediaType("application", "json", type.getParameters()).toString();
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (!WITH_BODY.contains(request.getMethod())) {
            return false;
        }
        return request.getHeaderString("Transfer-Encoding") != null
                || length != null && !length.isBlank() && !length.trim().equals("0");
    }

    private static DomainException unsupported(String detail) {
        return DomainException.of(DomainException.Kind.UNSUPPORTED_MEDIA, detail);
    }

    private static boolean parses(String... types) {
        try {
            for (String type : types) {
                MediaType.valueOf(type.trim());
            }
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
