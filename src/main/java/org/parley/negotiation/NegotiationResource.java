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
import java.time.LocalDate;
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
import org.parley.csv.Csv;
import org.parley.negotiation.NegotiationStateViews.StancesView;
import org.parley.negotiation.NegotiationStateViews.StateView;
import org.parley.negotiation.NegotiationViews.NegotiationView;
import org.parley.security.Roles;

@Path("/api/negotiations")
@Tag(name = "Negotiations")
@Produces(MediaType.APPLICATION_JSON)
public class NegotiationResource {

    private final NegotiationService negotiations;
    private final NegotiationStateQueries states;
    private final WriteResponses responses;

    public NegotiationResource(NegotiationService negotiations, NegotiationStateQueries states, WriteResponses responses) {
        this.negotiations = negotiations;
        this.states = states;
        this.responses = responses;
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

    @GET
    @Path("{id}/state")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(operationId = "getNegotiationState", summary = "Where the negotiation stands, per topic",
            description = "Per topic in scope: its state (AGREED, CONVERGING, MOVING, DEADLOCKED, QUIET) with the "
                    + "date of the last movement; each demand's status (OPEN, REJECTED, COUNTERED, ACCEPTED) with "
                    + "each opposing party's answer and the positions behind it; the common ground; and each "
                    + "party's stance over time with its shifts. Every status names the rule that produced it. "
                    + "With on, only the statements made up to that day count (what an analyst knew then). "
                    + "As CSV: one row per topic.")
    public RestResponse<StateView> getNegotiationState(
            @RestPath @Parameter(description = "Negotiation id.", example = "us-russia-security-talks-2022") String id,
            @RestQuery @Parameter(description = "Only statements made on or before this day.",
                    example = "2022-01-08") LocalDate on) {
        return RestResponse.ok(states.state(id, on));
    }

    @GET
    @Path("{id}/stances")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(operationId = "getNegotiationStances", summary = "Stances over time, per party and topic",
            description = "Each party's positions on each topic in statement-date order (by id within a day), "
                    + "with a shift where the kind changes; STATEMENTs take no stance and are skipped when "
                    + "looking for shifts. As CSV: one row per position.")
    public RestResponse<StancesView> getNegotiationStances(
            @RestPath @Parameter(description = "Negotiation id.", example = "us-russia-security-talks-2022") String id,
            @RestQuery @Parameter(description = "Only this party (one that sits on a side).", example = "russia")
            String party,
            @RestQuery @Parameter(description = "Only this topic (one in scope).", example = "nato-expansion")
            String topic,
            @RestQuery @Parameter(description = "Only statements made on or before this day.",
                    example = "2022-01-08") LocalDate on) {
        return RestResponse.ok(states.stances(id, party, topic, on));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createNegotiation", summary = "Create a negotiation (admins)")
    public RestResponse<NegotiationView> createNegotiation(@Valid @NotNull NegotiationInput input, UriInfo uri) {
        return responses.created(negotiations.create(input), uri);
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
        return responses.ok(negotiations.replace(id, input, ifMatch));
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
        return responses.ok(negotiations.patch(id, patch, ifMatch));
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
