package org.parley.document;

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
import org.parley.api.Writes;
import org.parley.document.DocumentViews.DocumentView;
import org.parley.ingest.UrlIngest;
import org.parley.position.PositionFilterParams;
import org.parley.position.PositionQueries;
import org.parley.position.PositionViews.PositionView;
import org.parley.security.Roles;

@Path("/api/documents")
@Tag(name = "Documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    private final DocumentService documents;
    private final PositionQueries positions;
    private final Writes answers;
    private final UrlIngest urls;

    public DocumentResource(DocumentService documents, PositionQueries positions, Writes answers, UrlIngest urls) {
        this.documents = documents;
        this.positions = positions;
        this.answers = answers;
        this.urls = urls;
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

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "createDocument", summary = "Ingest a document's text with its metadata, or a page by URL",
            description = "201 with the new document; the same text sent again answers 200 with the stored one. "
                    + "Given a url and no text, Parley fetches the page and reads its main text, title, outlet "
                    + "(og:site_name) and publication date: 422 for a URL that is not http(s) or reaches a "
                    + "non-public address, 502 when the page cannot be fetched, 415 when it is neither HTML nor "
                    + "text, 413 when it is larger than parley.ingest.max-bytes. Nothing is stored on failure.")
    public RestResponse<DocumentView> createDocument(@Valid @NotNull DocumentInput input, UriInfo uri) {
        DocumentService.Ingested ingested = documents.ingest(urls.complete(input));
        return ingested.created() ? answers.created(ingested.document(), uri) : answers.ok(ingested.document());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "replaceDocument", summary = "Replace a document",
            description = "A new text must keep every citation into it at its offsets (422 otherwise). Send If-Match.")
    public RestResponse<DocumentView> replaceDocument(
            @RestPath @Parameter(description = "Document id.", example = "001_949e2e32b0da38f4") String id,
            @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull DocumentInput input) {
        return answers.ok(documents.replace(id, input, ifMatch));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "patchDocument", summary = "Change some fields of a document (JSON Merge Patch)")
    public RestResponse<DocumentView> patchDocument(
            @RestPath @Parameter(description = "Document id.", example = "001_949e2e32b0da38f4") String id,
            @RestHeader("If-Match") String ifMatch,
            @NotNull JsonNode patch) {
        return answers.ok(documents.patch(id, patch, ifMatch));
    }

    @DELETE
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Path("{id}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "deleteDocument", summary = "Delete a document",
            description = "409 while it is cited, unless cascade=true (admins), which removes the citations and "
                    + "deletes the positions left without one.")
    public RestResponse<Void> deleteDocument(
            @RestPath @Parameter(description = "Document id.", example = "001_949e2e32b0da38f4") String id,
            @RestHeader("If-Match") String ifMatch,
            @RestQuery @Parameter(description = "Remove the citations of this document too (admins only).")
            boolean cascade) {
        answers.requireAdminForCascade(cascade);
        documents.delete(id, ifMatch, cascade, answers.actor());
        return RestResponse.noContent();
    }
}
