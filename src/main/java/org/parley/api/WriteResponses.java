package org.parley.api;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;
import org.parley.security.Roles;

/** A write's response: the new representation with its ETag, and 201 with a Location for a creation. */
@ApplicationScoped
public class WriteResponses {

    private final Representations representations;
    private final SecurityIdentity identity;

    public WriteResponses(Representations representations, SecurityIdentity identity) {
        this.representations = representations;
        this.identity = identity;
    }

    public <T extends Versioned> RestResponse<T> created(T view, UriInfo uri) {
        URI location = uri.getAbsolutePathBuilder().path(view.id()).build();
        return RestResponse.ResponseBuilder.<T>created(location).entity(view)
                .header(HttpHeaders.ETAG, representations.etag(view)).build();
    }

    /** The representation with the ETag a later If-Match names: after a change, or on a read that a change follows. */
    public <T extends Versioned> RestResponse<T> ok(T view) {
        return RestResponse.ResponseBuilder.ok(view).header(HttpHeaders.ETAG, representations.etag(view)).build();
    }

    /** Who is making the current change, as the history records it: the token's subject. */
    public String actor() {
        return identity.getPrincipal().getName();
    }

    public void requireAdminForCascade(boolean cascade) {
        if (cascade && !identity.hasRole(Roles.ADMIN)) {
            throw new ForbiddenException("cascade needs the admin role");
        }
    }
}
