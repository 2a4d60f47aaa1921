package org.parley.csv;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * A text/csv response is text, not the JSON schema the generator gives every media type of an operation. An
 * operation that also returns JSON publishes only the JSON: a generated client would otherwise ask for either and
 * parse both as JSON. CSV is published by the export operations, whose only response is CSV.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class CsvOpenApi implements OASFilter {

    @Override
    public APIResponse filterAPIResponse(APIResponse response) {
        MediaType csv = response.getContent() == null ? null : response.getContent().getMediaType(Csv.MEDIA_TYPE);
        if (csv != null && response.getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON) != null) {
            response.getContent().removeMediaType(Csv.MEDIA_TYPE);
        } else if (csv != null) {
            csv.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                    .description("RFC 4180 CSV in UTF-8 with a header row; cells that start like a spreadsheet "
                            + "formula (=, +, -, @) carry a leading apostrophe."));
        }
        return response;
    }
}
