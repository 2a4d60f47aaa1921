package org.parley.party;

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
import org.parley.party.PartyViews.PartyView;
import org.parley.position.PositionFilterParams;
import org.parley.position.PositionQueries;
import org.parley.position.PositionViews.PositionView;

@Path("/api/parties")
@Tag(name = "Parties")
@Produces(MediaType.APPLICATION_JSON)
public class PartyResource {

    private final PartyService parties;
    private final PositionQueries positions;

    public PartyResource(PartyService parties, PositionQueries positions) {
        this.parties = parties;
        this.positions = positions;
    }

    @GET
    @Operation(operationId = "listParties", summary = "List parties")
    public RestResponse<Page<PartyView>> listParties(@BeanParam PageParams paging, UriInfo uri) {
        return PageLinks.ok(parties.list(paging.toRequest()), uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getParty", summary = "Get a party")
    public RestResponse<PartyView> getParty(
            @RestPath @Parameter(description = "Party id.", example = "russia")
            String id) {
        return RestResponse.ok(parties.get(id));
    }

    @GET
    @Path("{id}/positions")
    @Operation(operationId = "listPartyPositions", summary = "List a party's positions",
            description = "The same filters as GET /api/positions, restricted to this party.")
    public RestResponse<Page<PositionView>> listPartyPositions(
            @RestPath @Parameter(description = "Party id.", example = "russia")
            String id,
            @BeanParam PositionFilterParams filter, UriInfo uri) {
        parties.requireExists(id);
        return PageLinks.ok(positions.search(filter.toFilter().withParty(id), filter.toRequest()), uri);
    }
}
