package org.parley.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.parley.error.DomainException;

/**
 * A NUL character in the path or a query parameter is refused before routing: no id, word or date holds one, and
 * PostgreSQL cannot take one in a text parameter (it failed the query: a 500 where H2 returned 404).
 */
public class NulCharacters {

    @ServerRequestFilter(preMatching = true)
    public void check(ContainerRequestContext request) {
        if (request.getUriInfo().getPath().indexOf('\0') >= 0) {
            throw DomainException.invalid("The path holds a NUL character (%00).", null);
        }
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            if (parameter.getKey().indexOf('\0') >= 0
                    || parameter.getValue().stream().anyMatch(v -> v.indexOf('\0') >= 0)) {
                throw DomainException.invalidParameter(parameter.getKey().replace('\0', '?'),
                        "holds a NUL character (%00)");
            }
        }
    }
}
