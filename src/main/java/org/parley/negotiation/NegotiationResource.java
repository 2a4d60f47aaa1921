package org.parley.negotiation;

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
import org.jboss.resteasy.reactive.RestResponse;
import org.parley.api.MergePatch;
import org.parley.api.Page;
import org.parley.api.PageLinks;
import org.parley.api.PageParams;
import org.parley.api.Problem;
import org.parley.api.Writes;
import org.parley.negotiation.NegotiationViews.NegotiationView;
import org.parley.security.Roles;

@Path("/api/negotiations")
@Tag(name = "Negotiations")
@Produces(MediaType.APPLICATION_JSON)
public class NegotiationResource {

    private final NegotiationService negotiations;
    private final Writes answers;

    public NegotiationResource(NegotiationService negotiations, Writes answers) {
        this.negotiations = negotiations;
        this.answers = answers;
    }

    @GET
    @Operation(operationId = "listNegotiations", summary = "List negotiations")
    public RestResponse<Page<NegotiationView>> listNegotiations(@BeanParam PageParams paging, UriInfo uri) {
        return PageLinks.ok(negotiations.list(paging.toRequest()), uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getNegotiation", summary = "Get a negotiation")
    public RestResponse<NegotiationView> getNegotiation(
            @RestPath @Parameter(description = "Negotiation id.", example = "us-russia-security-talks-2022")
            String id) {
        return RestResponse.ok(negotiations.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createNegotiation", summary = "Create a negotiation (admins)")
    public RestResponse<NegotiationView> createNegotiation(@Valid @NotNull NegotiationInput input, UriInfo uri) {
        return answers.created(negotiations.create(input), uri);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "replaceNegotiation", summary = "Replace a negotiation (admins)",
            description = "Send If-Match with the ETag you read: 428 without it, 412 if it changed since.")
    public RestResponse<NegotiationView> replaceNegotiation(
            @RestPath @Parameter(description = "Negotiation id.", example = "us-russia-security-talks-2022") String id,
            @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull NegotiationInput input) {
        return answers.ok(negotiations.replace(id, input, ifMatch));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "patchNegotiation",
            summary = "Change some fields of a negotiation (JSON Merge Patch, admins)")
    public RestResponse<NegotiationView> patchNegotiation(
            @RestPath @Parameter(description = "Negotiation id.", example = "us-russia-security-talks-2022") String id,
            @RestHeader("If-Match") String ifMatch,
            @NotNull JsonNode patch) {
        return answers.ok(negotiations.patch(id, patch, ifMatch));
    }

    @DELETE
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteNegotiation", summary = "Delete a negotiation (admins)",
            description = "Its parties, topics, documents and positions stay.")
    public RestResponse<Void> deleteNegotiation(
            @RestPath @Parameter(description = "Negotiation id.", example = "us-russia-security-talks-2022") String id,
            @RestHeader("If-Match") String ifMatch) {
        negotiations.delete(id, ifMatch);
        return RestResponse.noContent();
    }
}
