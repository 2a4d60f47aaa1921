package org.parley.csv;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.parley.api.ProblemException;

/**
 * {@code ?format=csv} and {@code ?format=json} on the API choose the representation as an {@code Accept} header
 * would: tools that cannot set headers (a spreadsheet's "import from URL") still get CSV.
 */
public class FormatParameter {

    public static final String DESCRIPTION = "The representation: json (the default) or csv, as Accept: text/csv "
            + "would choose. The CSV has a header row, then a row per position and citation (per cell for the "
            + "matrix), and pages like the JSON.";

    @ServerRequestFilter(preMatching = true)
    public void chooseRepresentation(ContainerRequestContext request) {
        String format = request.getUriInfo().getQueryParameters().getFirst("format");
        if (format == null || !request.getUriInfo().getPath().replaceFirst("^/", "").startsWith("api/")) {
            return;
        }
        String accept = switch (format.toLowerCase(Locale.ROOT)) {
            case "csv" -> Csv.MEDIA_TYPE;
            case "json" -> MediaType.APPLICATION_JSON;
            default -> throw ProblemException.badParameter("format", "must be json or csv");
        };
        request.getHeaders().putSingle(HttpHeaders.ACCEPT, accept);
    }

    /** Caches must keep the JSON and the CSV of one URL apart. */
    @ServerResponseFilter
    public void varyOnAccept(ContainerResponseContext response, ResourceInfo resource) {
        if (resource != null && resource.getResourceMethod() != null && producesCsv(resource)) {
            response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        }
    }

    private static boolean producesCsv(ResourceInfo resource) {
        Produces produces = resource.getResourceMethod().getAnnotation(Produces.class);
        return produces != null && Arrays.asList(produces.value()).contains(Csv.MEDIA_TYPE);
    }
}
