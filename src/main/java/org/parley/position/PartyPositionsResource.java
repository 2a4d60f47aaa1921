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
import org.parley.cache.ReadScope;
import org.parley.party.PartyService;
import org.parley.position.PositionViews.PositionView;

/**
 * A party's positions. They are listed here, not in the party package, so that positions depend on parties
 * and not the reverse.
 */
@Path("/api/parties/{id}/positions")
@Tag(name = "Parties")
@Produces(MediaType.APPLICATION_JSON)
public class PartyPositionsResource {

    private final PartyService parties;
    private final PositionQueries positions;
    private final ReadScope scope;

    public PartyPositionsResource(PartyService parties, PositionQueries positions, ReadScope scope) {
        this.parties = parties;
        this.positions = positions;
        this.scope = scope;
    }

    @GET
    @Operation(operationId = "listPartyPositions", summary = "List a party's positions",
            description = "The same filters as GET /api/positions, restricted to this party.")
    public RestResponse<Page<PositionView>> listPartyPositions(
            @RestPath @Parameter(description = "Party id.", example = "russia")
            String id,
            @BeanParam PositionFilterParams filter, @BeanParam PageParams paging, UriInfo uri) {
        parties.requireExists(id);
        PositionFilter wanted = filter.toFilter().withParty(id);
        return PageLinks.ok(PositionScopes.declare(scope, positions.members(wanted),
                positions.search(wanted, paging.toRequest())), uri);
    }
}
