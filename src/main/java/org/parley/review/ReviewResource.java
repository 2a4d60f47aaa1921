package org.parley.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
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
import org.parley.api.Params;
import org.parley.api.WriteResponses;
import org.parley.document.AnchorStatus;
import org.parley.security.Roles;

/** Citations by how they are anchored: the review queue after document revisions, and an editor's answers. */
@Path("/api/citations")
@Tag(name = "Citations", description = "Citations by anchor status: the review queue after document revisions.")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

    private final ReviewService reviews;
    private final WriteResponses responses;

    public ReviewResource(ReviewService reviews, WriteResponses responses) {
        this.reviews = reviews;
        this.responses = responses;
    }

    @GET
    @Operation(operationId = "listCitations", summary = "List citations by anchor status (the review queue)",
            description = "anchor=FUZZY&anchor=ORPHANED lists what a revision left for an editor to confirm or "
                    + "re-point. In citation id order, paged.")
    public RestResponse<Page<CitationReviewView>> listCitations(
            @RestQuery @Parameter(description = "Anchor status; repeat for any of several.",
                    example = "[\"EXACT\"]") List<AnchorStatus> anchor,
            @RestQuery @Parameter(description = "Only citations of this document.") String document,
            @BeanParam PageParams paging, UriInfo uri) {
        return PageLinks.ok(reviews.list(Params.values("anchor", anchor), document, paging.toRequest()), uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCitation", summary = "Get a citation with its position")
    public RestResponse<CitationReviewView> getCitation(
            @RestPath @Parameter(description = "Citation id.", example = "21") String id) {
        return responses.ok(reviews.get(id));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "patchCitation", summary = "Confirm a citation's anchor, or re-point it",
            description = "confirm: true accepts a FUZZY or MOVED anchor; a quote re-points the citation into the "
                    + "current text (an orphan too). Both are kept in the position's history. Send If-Match with "
                    + "the ETag of GET /api/citations/{id}.")
    public RestResponse<CitationReviewView> patchCitation(
            @RestPath @Parameter(description = "Citation id.", example = "21") String id,
            @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull CitationPatch patch) {
        return responses.ok(reviews.patch(id, patch, ifMatch, responses.actor()));
    }
}
