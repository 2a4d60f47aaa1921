package org.parley.position;

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
import java.time.Instant;
import java.util.List;
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
import org.parley.cache.ReadScope;
import org.parley.csv.Csv;
import org.parley.position.PositionHistory.RevisionView;
import org.parley.position.PositionViews.PositionView;
import org.parley.security.Roles;

@Path("/api/positions")
@Tag(name = "Positions")
@Produces(MediaType.APPLICATION_JSON)
public class PositionResource {

    private final PositionQueries positions;
    private final PastPositionQueries past;
    private final PositionService writes;
    private final PositionHistory history;
    private final WriteResponses responses;
    private final ReadScope scope;

    public PositionResource(PositionQueries positions, PastPositionQueries past, PositionService writes,
            PositionHistory history, WriteResponses responses, ReadScope scope) {
        this.positions = positions;
        this.past = past;
        this.writes = writes;
        this.history = history;
        this.responses = responses;
        this.scope = scope;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(operationId = "listPositions", summary = "List positions",
            description = "Filtered and paged, ordered by statement date, then id. Every position carries its "
                    + "citations. With asOf, the positions as the tracker had them at that moment.")
    public RestResponse<Page<PositionView>> listPositions(@BeanParam PositionFilterParams filter,
            @BeanParam PageParams paging,
            @RestQuery @Parameter(description = "A past moment (RFC 3339, e.g. 2026-11-01T12:00:00Z): list the "
                    + "positions as the tracker had them then.") Instant asOf,
            UriInfo uri) {
        PositionFilter wanted = filter.toFilter();
        if (asOf != null) {
            return PageLinks.ok(past.asOf(asOf, wanted, paging.toRequest()), uri);
        }
        return PageLinks.ok(PositionScopes.declare(scope, positions.members(wanted),
                positions.search(wanted, paging.toRequest())), uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getPosition", summary = "Get a position with its citations")
    public RestResponse<PositionView> getPosition(
            @RestPath @Parameter(description = "Position id.", example = "ru-demand-nato-non-expansion")
            String id) {
        PositionView view = positions.get(id);
        scope.dependsOn(PositionScopes.of(view));
        return RestResponse.ok(view);
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "getPositionHistory", summary = "Every change to a position",
            description = "Who changed it, when, which fields, and their values before; oldest first. Kept after a "
                    + "deletion.")
    public RestResponse<List<RevisionView>> getPositionHistory(
            @RestPath @Parameter(description = "Position id.", example = "ru-demand-nato-non-expansion") String id
            ) {
        return RestResponse.ok(history.history(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "createPosition", summary = "Create a position with its citations")
    public RestResponse<PositionView> createPosition(@Valid @NotNull PositionInput input, UriInfo uri) {
        return responses.created(writes.create(input, responses.actor()), uri);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "replacePosition", summary = "Replace a position",
            description = "Send If-Match with the ETag you read: 428 without it, 412 if the position changed since.")
    public RestResponse<PositionView> replacePosition(
            @RestPath @Parameter(description = "Position id.", example = "ru-demand-nato-non-expansion") String id,
            @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull PositionInput input) {
        return responses.ok(writes.replace(id, input, ifMatch, responses.actor()));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "patchPosition", summary = "Change some fields of a position (JSON Merge Patch)",
            description = "An RFC 7396 merge patch of the PositionInput shape. Send If-Match with the ETag you read.")
    public RestResponse<PositionView> patchPosition(
            @RestPath @Parameter(description = "Position id.", example = "ru-demand-nato-non-expansion") String id,
            @RestHeader("If-Match") String ifMatch,
            @NotNull JsonNode patch) {
        return responses.ok(writes.patch(id, patch, ifMatch, responses.actor()));
    }

    @DELETE
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Path("{id}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "deletePosition", summary = "Delete a position",
            description = "409 while other positions answer it, unless cascade=true (admins), which unlinks them.")
    public RestResponse<Void> deletePosition(
            @RestPath @Parameter(description = "Position id.", example = "ru-demand-nato-non-expansion") String id,
            @RestHeader("If-Match") String ifMatch,
            @RestQuery @Parameter(description = "Unlink the positions that answer this one (admins only).")
            boolean cascade) {
        responses.requireAdminForCascade(cascade);
        writes.delete(id, ifMatch, cascade, responses.actor());
        return RestResponse.noContent();
    }
}
