package org.parley.change;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * HEAD on the event stream answers its headers and ends: served as a GET, the stream never completes, and the
 * keep-alive connection would hang with it.
 */
public class EventsHead {

    @ServerRequestFilter(preMatching = true)
    public Response headers(ContainerRequestContext request) {
        if (!HttpMethod.HEAD.equals(request.getMethod())
                || !request.getUriInfo().getPath().replaceAll("/+$", "").equals("/api/events")) {
            return null;
        }
        return Response.ok().type(MediaType.SERVER_SENT_EVENTS).header("Cache-Control", "no-store").build();
    }
}
