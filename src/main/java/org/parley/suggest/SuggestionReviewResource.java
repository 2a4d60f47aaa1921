package org.parley.suggest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.parley.api.WriteResponses;
import org.parley.position.PositionViews.PositionView;
import org.parley.security.Roles;
import org.parley.suggest.SuggestionViews.Review;
import org.parley.suggest.SuggestionViews.SuggestionView;

@Path("/api/suggestions/{id}")
@Tag(name = "Suggestions")
@Produces(MediaType.APPLICATION_JSON)
public class SuggestionReviewResource {

    private final SuggestionService suggestions;
    private final WriteResponses responses;

    public SuggestionReviewResource(SuggestionService suggestions, WriteResponses responses) {
        this.suggestions = suggestions;
        this.responses = responses;
    }

    @POST
    @Path("accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "acceptSuggestion", summary = "Accept a suggestion, with corrections",
            description = "201 with the position created from it; or, when it corroborates an existing position, "
                    + "200 with that position, now citing this passage too. Fields in the body replace the "
                    + "suggestion's. 409 when it was reviewed already.")
    public RestResponse<PositionView> acceptSuggestion(
            @RestPath @Parameter(description = "Suggestion id.") String id, Review review, UriInfo uri) {
        SuggestionService.Accepted accepted = suggestions.accept(id, review, responses.actor());
        if (accepted.created()) {
            return RestResponse.ResponseBuilder.<PositionView>created(
                    uri.getBaseUriBuilder().path("api/positions/{id}").build(accepted.position().id()))
                    .entity(accepted.position()).build();
        }
        return responses.ok(accepted.position());
    }

    @POST
    @Path("reject")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "rejectSuggestion", summary = "Reject a suggestion",
            description = "Kept with who rejected it and when. 409 when it was reviewed already.")
    public RestResponse<SuggestionView> rejectSuggestion(
            @RestPath @Parameter(description = "Suggestion id.") String id) {
        return RestResponse.ok(suggestions.reject(id, responses.actor()));
    }
}
