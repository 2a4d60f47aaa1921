package org.parley.position;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.parley.api.Page;
import org.parley.api.PageLinks;
import org.parley.api.PageParams;
import org.parley.csv.Csv;
import org.parley.position.PositionViews.DemandView;
import org.parley.position.PositionViews.PositionView;

@Produces(MediaType.APPLICATION_JSON)
@Path("/api")
public class DemandResource {

    private final PositionQueries positions;

    public DemandResource(PositionQueries positions) {
        this.positions = positions;
    }

    @GET
    @Path("demands")
    @Tag(name = "Demands")
    @Operation(operationId = "listDemands", summary = "List demands, each with its responses")
    public RestResponse<Page<DemandView>> listDemands(@BeanParam PartyTopicParams filter,
            @BeanParam PageParams paging, UriInfo uri) {
        return PageLinks.ok(positions.demands(filter.toFilter(), paging.toRequest()), uri);
    }

    @GET
    @Path("demands/{id}")
    @Tag(name = "Demands")
    @Operation(operationId = "getDemand", summary = "Get a demand with its responses")
    public RestResponse<DemandView> getDemand(
            @RestPath @Parameter(description = "Id of a position of kind DEMAND.",
                    example = "ru-demand-nato-non-expansion")
            String id) {
        return RestResponse.ok(positions.demand(id));
    }

    @GET
    @Path("responses")
    @Tag(name = "Responses")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(operationId = "listResponses", summary = "List positions that answer another position")
    public RestResponse<Page<PositionView>> listResponses(@BeanParam PartyTopicParams filter,
            @BeanParam PageParams paging, UriInfo uri) {
        return PageLinks.ok(positions.search(filter.toFilter().onlyResponses(), paging.toRequest()), uri);
    }
}
