package org.parley.document;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
import org.parley.api.Representations;
import org.parley.api.WriteResponses;
import org.parley.document.DocumentViews.DocumentRevisionView;
import org.parley.document.DocumentViews.DocumentView;
import org.parley.security.Roles;

@Path("/api/documents")
@Tag(name = "Documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    private static final String REVISION = "A new text becomes the document's next revision; the old one stays "
            + "readable. Every citation into the document is re-anchored (EXACT, MOVED, FUZZY or ORPHANED) and the "
            + "answer's reanchoring lists each one that moved, changed or was orphaned. Send If-Match.";
    private static final String DRY_RUN = "Show the re-anchoring the new text would do, and store nothing.";

    private final DocumentService documents;
    private final WriteResponses responses;
    private final Representations representations;
    private final UrlCompletion urls;

    public DocumentResource(DocumentService documents, WriteResponses responses, Representations representations,
            UrlCompletion urls) {
        this.documents = documents;
        this.responses = responses;
        this.representations = representations;
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
                    + "start, or ,end for open ranges.", example = "2992,3063") String charRange,
            @RestQuery @Min(1) @Parameter(description = "A revision's number (GET /api/documents/{id}/revisions); "
                    + "the current text when absent.", example = "1") Integer revision) {
        return RestResponse.ok(documents.text(id, revision, charRange == null ? null : CharRange.parse(charRange)));
    }

    @GET
    @Path("{id}/revisions")
    @Operation(operationId = "listDocumentRevisions", summary = "List the texts a document has had",
            description = "Oldest first: number (from 1), SHA-256, length, when and by whom, and what changed. The "
                    + "last is the current text; each is readable at its textUrl.")
    public RestResponse<Page<DocumentRevisionView>> listDocumentRevisions(
            @RestPath @Parameter(description = "Document id.", example = "001_949e2e32b0da38f4") String id,
            @BeanParam PageParams paging, UriInfo uri) {
        return PageLinks.ok(documents.revisions(id, paging.toRequest()), uri);
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
    @APIResponse(responseCode = "201", description = "Created: the new document.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "200", description = "The same text was stored before: the stored document.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DocumentView.class)))
    public RestResponse<DocumentView> createDocument(@Valid @NotNull DocumentInput input, UriInfo uri) {
        DocumentService.Ingested ingested = documents.ingest(urls.complete(input), responses.actor());
        return ingested.created() ? responses.created(ingested.document(), uri) : responses.ok(ingested.document());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "replaceDocument", summary = "Replace a document",
            description = REVISION)
    public RestResponse<DocumentView> replaceDocument(
            @RestPath @Parameter(description = "Document id.", example = "001_949e2e32b0da38f4") String id,
            @RestHeader("If-Match") String ifMatch,
            @RestQuery @Parameter(description = DRY_RUN) boolean dryRun,
            @Valid @NotNull DocumentInput input) {
        return revised(documents.replace(id, input, ifMatch, responses.actor(), dryRun));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "patchDocument", summary = "Change some fields of a document (JSON Merge Patch)",
            description = REVISION)
    public RestResponse<DocumentView> patchDocument(
            @RestPath @Parameter(description = "Document id.", example = "001_949e2e32b0da38f4") String id,
            @RestHeader("If-Match") String ifMatch,
            @RestQuery @Parameter(description = DRY_RUN) boolean dryRun,
            @NotNull JsonNode patch) {
        return revised(documents.patch(id, patch, ifMatch, responses.actor(), dryRun));
    }

    /** The ETag is the document's as GET returns it, without the re-anchoring report. */
    private RestResponse<DocumentView> revised(DocumentView view) {
        return RestResponse.ResponseBuilder.ok(view)
                .header(HttpHeaders.ETAG, representations.etag(view.reporting(null))).build();
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
        responses.requireAdminForCascade(cascade);
        documents.delete(id, ifMatch, cascade, responses.actor());
        return RestResponse.noContent();
    }
}
