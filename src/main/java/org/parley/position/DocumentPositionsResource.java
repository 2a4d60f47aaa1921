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
import org.parley.document.DocumentService;
import org.parley.position.PositionViews.PositionView;

/**
 * A document's positions. They are listed here, not in the document package, so that positions depend on documents
 * and not the reverse.
 */
@Path("/api/documents/{id}/positions")
@Tag(name = "Documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentPositionsResource {

    private final DocumentService documents;
    private final PositionQueries positions;

    public DocumentPositionsResource(DocumentService documents, PositionQueries positions) {
        this.documents = documents;
        this.positions = positions;
    }

    @GET
    @Operation(operationId = "listDocumentPositions", summary = "List the positions a document is cited for",
            description = "The same filters as GET /api/positions, restricted to this document.")
    public RestResponse<Page<PositionView>> listDocumentPositions(
            @RestPath @Parameter(description = "Document id.", example = "001_949e2e32b0da38f4")
            String id,
            @BeanParam PositionFilterParams filter, @BeanParam PageParams paging, UriInfo uri) {
        documents.requireExists(id);
        return PageLinks.ok(positions.search(filter.toFilter().withDocument(id), paging.toRequest()), uri);
    }
}
