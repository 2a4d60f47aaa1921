package org.parley.position;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.parley.api.Page;
import org.parley.api.PageLinks;
import org.parley.csv.Csv;
import org.parley.csv.FormatParameter;
import org.parley.position.PositionViews.PositionView;

@Path("/api/positions")
@Tag(name = "Positions")
@Produces(MediaType.APPLICATION_JSON)
public class PositionResource {

    private final PositionQueries positions;

    public PositionResource(PositionQueries positions) {
        this.positions = positions;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Parameter(name = "format", in = ParameterIn.QUERY, description = FormatParameter.DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, enumeration = {"json", "csv"}))
    @Operation(operationId = "listPositions", summary = "List positions",
            description = "Filtered and paged, ordered by statement date, then id. Every position carries its "
                    + "citations.")
    public RestResponse<Page<PositionView>> listPositions(@BeanParam PositionFilterParams filter, UriInfo uri) {
        return PageLinks.ok(positions.search(filter.toFilter(), filter.toRequest()), uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getPosition", summary = "Get a position with its citations")
    public RestResponse<PositionView> getPosition(@RestPath String id) {
        return RestResponse.ok(positions.get(id));
    }
}
