package org.parley.party;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.parley.api.MergePatch;
import org.parley.api.Page;
import org.parley.api.PageLinks;
import org.parley.api.PageParams;
import org.parley.api.Problem;
import org.parley.api.WriteResponses;
import org.parley.party.PartyViews.PartyView;
import org.parley.security.Roles;

@Path("/api/parties")
@Tag(name = "Parties")
@Produces(MediaType.APPLICATION_JSON)
public class PartyResource {

    private final PartyService parties;
    private final WriteResponses responses;

    public PartyResource(PartyService parties, WriteResponses responses) {
        this.parties = parties;
        this.responses = responses;
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

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createParty", summary = "Create a party (admins)")
    public RestResponse<PartyView> createParty(@Valid @NotNull PartyInput input, UriInfo uri) {
        return responses.created(parties.create(input), uri);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "replaceParty", summary = "Replace a party (admins)",
            description = "Send If-Match with the ETag you read: 428 without it, 412 if the party changed since.")
    public RestResponse<PartyView> replaceParty(
            @RestPath @Parameter(description = "Party id.", example = "russia") String id,
            @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull PartyInput input) {
        return responses.ok(parties.replace(id, input, ifMatch));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "patchParty", summary = "Change some fields of a party (JSON Merge Patch, admins)")
    public RestResponse<PartyView> patchParty(
            @RestPath @Parameter(description = "Party id.", example = "russia") String id,
            @RestHeader("If-Match") String ifMatch,
            @NotNull JsonNode patch) {
        return responses.ok(parties.patch(id, patch, ifMatch));
    }

    @DELETE
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteParty", summary = "Delete a party (admins)",
            description = "409 while the party has positions, unless cascade=true, which deletes them too.")
    public RestResponse<Void> deleteParty(
            @RestPath @Parameter(description = "Party id.", example = "russia") String id,
            @RestHeader("If-Match") String ifMatch,
            @RestQuery @Parameter(description = "Delete the party's positions too.") boolean cascade) {
        parties.delete(id, ifMatch, cascade, responses.actor());
        return RestResponse.noContent();
    }
}
