package org.parley.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Requests the HTTP router refuses before any resource sees them (a {@code Host} header that is not a host, a body
 * over the server's limit) get the same problem details as the rest of the API, not Quarkus' own error body.
 */
@ApplicationScoped
public class RoutingProblems {

    private final ObjectMapper json;

    public RoutingProblems(ObjectMapper json) {
        this.json = json;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    void handle(RoutingContext context) {
        int status = context.statusCode();
        if (status < 400 || status >= 500 || context.response().ended() || context.response().headWritten()) {
            context.next();
            return;
        }
        String title = HttpResponseStatus.valueOf(status).reasonPhrase();
        String path = context.request().path();
        Problem problem = new Problem("/problems/" + title.toLowerCase().replaceAll("[^a-z0-9]+", "-"), title,
                status, detail(status), path == null ? null : path, null);
        try {
            context.response().setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.next();
        }
    }

    private static String detail(int status) {
        return switch (status) {
            case 400 -> "The request is malformed: its Host header or its target cannot be read.";
            case 413 -> "The request body is larger than the service accepts.";
            default -> "The request was refused before it reached the API.";
        };
    }
}
