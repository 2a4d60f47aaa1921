package org.parley.csv;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.parley.error.DomainException;

/**
 * {@code ?format=csv} and {@code ?format=json} on the API choose the representation as an {@code Accept} header
 * would: tools that cannot set headers (a spreadsheet's "import from URL") still get CSV. Left out of the OpenAPI
 * document, where a client generator would offer it and then parse the CSV as JSON: clients use the export
 * operations (README, "Spreadsheets and CSV").
 */
public class FormatParameter {

    @ServerRequestFilter(preMatching = true)
    public void chooseRepresentation(ContainerRequestContext request) {
        String format = request.getUriInfo().getQueryParameters().getFirst("format");
        if (format == null || !request.getUriInfo().getPath().replaceFirst("^/", "").startsWith("api/")) {
            return;
        }
        String accept = switch (format.toLowerCase(Locale.ROOT)) {
            case "csv" -> Csv.MEDIA_TYPE;
            case "json" -> MediaType.APPLICATION_JSON;
            default -> throw DomainException.invalidParameter("format", "must be json or csv");
        };
        request.getHeaders().putSingle(HttpHeaders.ACCEPT, accept);
    }
}
