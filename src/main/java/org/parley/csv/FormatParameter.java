package org.parley.csv;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
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
}
