package org.parley.document;

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
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.parley.api.Page;
import org.parley.api.PageLinks;
import org.parley.api.PageParams;
import org.parley.document.DocumentViews.DocumentView;
import org.parley.position.PositionFilterParams;
import org.parley.position.PositionQueries;
import org.parley.position.PositionViews.PositionView;

@Path("/api/documents")
@Tag(name = "Documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    private final DocumentService documents;
    private final PositionQueries positions;

    public DocumentResource(DocumentService documents, PositionQueries positions) {
        this.documents = documents;
        this.positions = positions;
    }

    @GET
    @Operation(operationId = "listDocuments", summary = "List source documents (metadata only)")
    public RestResponse<Page<DocumentView>> listDocuments(@BeanParam PageParams paging, UriInfo uri) {
        return PageLinks.ok(documents.list(paging.toRequest()), uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getDocument", summary = "Get a source document with its full text")
    public RestResponse<DocumentView> getDocument(
            @RestPath @Parameter(description = "Document id.", example = "001_949e2e32b0da38f4")
            String id) {
        return RestResponse.ok(documents.get(id));
    }

    @GET
    @Path("{id}/text")
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    @Operation(operationId = "getDocumentText", summary = "Get a document's stored text, or a span of it",
            description = "Offsets are Unicode code points, as in a W3C TextPositionSelector.")
    public RestResponse<String> getDocumentText(
            @RestPath @Parameter(description = "Document id.", example = "001_949e2e32b0da38f4")
            String id,
            @RestQuery("char") @Parameter(description = "RFC 5147 span in code points: start,end (end exclusive); "
                    + "start, or ,end for open ranges.", example = "2992,3063") String charRange) {
        return RestResponse.ok(documents.text(id, charRange == null ? null : CharRange.parse(charRange)));
    }

    @GET
    @Path("{id}/positions")
    @Operation(operationId = "listDocumentPositions", summary = "List the positions a document is cited for",
            description = "The same filters as GET /api/positions, restricted to this document.")
    public RestResponse<Page<PositionView>> listDocumentPositions(
            @RestPath @Parameter(description = "Document id.", example = "001_949e2e32b0da38f4")
            String id,
            @BeanParam PositionFilterParams filter, UriInfo uri) {
        documents.requireExists(id);
        return PageLinks.ok(positions.search(filter.toFilter().withDocument(id), filter.toRequest()), uri);
    }
}
