package org.parley.suggest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.parley.security.Roles;
import org.parley.suggest.SuggestionViews.SuggestionView;

@Path("/api/documents/{id}/suggestions")
@Tag(name = "Suggestions")
@Produces(MediaType.APPLICATION_JSON)
public class SuggestionResource {

    private final SuggestionService suggestions;
    public SuggestionResource(SuggestionService suggestions) {
        this.suggestions = suggestions;
    }

    @GET
    @Operation(operationId = "getDocumentSuggestions", summary = "List the positions suggested from a document",
            description = "Computed from the text the first time they are asked for, then kept.")
    public RestResponse<List<SuggestionView>> listSuggestions(
            @RestPath @Parameter(description = "Document id.", example = "001_949e2e32b0da38f4") String id) {
        return RestResponse.ok(suggestions.list(id));
    }

    @POST
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "recomputeSuggestions", summary = "Compute a document's pending suggestions again",
            description = "Accepted and rejected suggestions stay as they were.")
    public RestResponse<List<SuggestionView>> recomputeSuggestions(
            @RestPath @Parameter(description = "Document id.", example = "001_949e2e32b0da38f4") String id) {
        return RestResponse.ok(suggestions.recompute(id));
    }
}
