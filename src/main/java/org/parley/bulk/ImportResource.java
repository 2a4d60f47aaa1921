package org.parley.bulk;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.parley.api.WriteResponses;
import org.parley.bulk.ImportService.ImportSummary;
import org.parley.security.Roles;

@Path("/api/import")
@Tag(name = "Import", description = "Bulk loading, for corpora too large to write one request at a time.")
public class ImportResource {

    public static final String NDJSON = "application/x-ndjson";

    private final ImportService imports;
    private final WriteResponses responses;

    public ImportResource(ImportService imports, WriteResponses responses) {
        this.imports = imports;
        this.responses = responses;
    }

    @POST
    @Consumes(NDJSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "importRecords", summary = "Import parties, topics, documents and positions (admins)",
            description = "Newline-delimited JSON: one record a line, each an input object with a \"type\" of party, "
                    + "topic, document or position, in an order where everything a record names comes before it. "
                    + "Each record is checked as a single write would be; the import is stored whole or not at all.")
    @RequestBody(content = @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING,
            description = "NDJSON records"),
            example = "{\"type\": \"topic\", \"id\": \"energy\", \"name\": \"Energy\"}"))
    public RestResponse<ImportSummary> importRecords(String records) {
        return RestResponse.ok(imports.load(records, responses.actor()));
    }
}
