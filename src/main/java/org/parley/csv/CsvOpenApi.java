package org.parley.csv;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/** A text/csv response is text, not the JSON schema the generator gives every media type of an operation. */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class CsvOpenApi implements OASFilter {

    @Override
    public APIResponse filterAPIResponse(APIResponse response) {
        MediaType csv = response.getContent() == null ? null : response.getContent().getMediaType(Csv.MEDIA_TYPE);
        if (csv != null) {
            csv.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                    .description("RFC 4180 CSV in UTF-8 with a header row; cells that start like a spreadsheet "
                            + "formula (=, +, -, @) carry a leading apostrophe."));
        }
        return response;
    }
}
