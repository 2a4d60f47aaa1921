package org.parley.search;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.parley.api.Page;
import org.parley.api.PageLinks;
import org.parley.api.Problem;
import org.parley.position.PositionFilterParams;
import org.parley.search.SearchViews.DocumentHit;
import org.parley.search.SearchViews.FacetsView;
import org.parley.security.Roles;

@Path("/api/search")
@Tag(name = "Search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    private final DocumentSearch documents;
    private final PositionSearch positions;
    private final SearchIndex index;

    public SearchResource(DocumentSearch documents, PositionSearch positions, SearchIndex index) {
        this.documents = documents;
        this.positions = positions;
        this.index = index;
    }

    @GET
    @Operation(operationId = "listSearchResults", summary = "Search the documents' texts",
            description = "Documents whose text matches q, best match first (BM25), each with its first matching "
                    + "passages: the span in code points with its quote, prefix and suffix as a citation takes "
                    + "them, a plain-text snippet with the matches' offsets, and the positions already citing an "
                    + "overlapping span. 400 when q is empty, over 1,000 characters or does not parse; 503 when the "
                    + "search takes too long.")
    public RestResponse<Page<DocumentHit>> searchDocuments(@BeanParam SearchParams params, UriInfo uri) {
        return PageLinks.ok(documents.search(params.toFilter(), params.toRequest()), uri);
    }

    @GET
    @Path("facets")
    @Operation(operationId = "searchFacets", summary = "Count matching positions per party, topic and kind",
            description = "Takes the filters of /api/positions (q included); page and size are ignored.")
    public RestResponse<FacetsView> searchFacets(@BeanParam PositionFilterParams filter) {
        return RestResponse.ok(positions.facets(filter.toFilter()));
    }

    @POST
    @Path("index/rebuild")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "rebuildSearchIndex", summary = "Rebuild the search index from the database",
            description = "Starts the rebuild and returns 202; searches use the current index until it is done.")
    @APIResponse(responseCode = "202", description = "The rebuild started.")
    public RestResponse<Void> rebuildSearchIndex() {
        index.rebuild();
        return RestResponse.status(RestResponse.Status.ACCEPTED);
    }
}
