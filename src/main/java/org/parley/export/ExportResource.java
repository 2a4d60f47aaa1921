package org.parley.export;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.parley.api.PageRequest;
import org.parley.api.PublicUrl;
import org.parley.csv.Csv;
import org.parley.error.DomainException;
import org.parley.position.PositionCsv;
import org.parley.position.PositionFilter;
import org.parley.position.PositionFilterParams;
import org.parley.position.PositionQueries;

/**
 * Every matching row as one CSV file, for spreadsheets ({@code IMPORTDATA}, Excel) and scripts: not paged, so that
 * nothing is cut off at a page's end. Streamed a page of positions at a time.
 */
@Path("/api/export")
@Tag(name = "Export", description = "Every matching row as one CSV file, not paged: for spreadsheets and "
        + "scripts.")
public class ExportResource {

    private final PositionQueries positions;
    private final ExportConfig config;
    private final PublicUrl publicUrl;

    public ExportResource(PositionQueries positions, ExportConfig config, PublicUrl publicUrl) {
        this.positions = positions;
        this.config = config;
        this.publicUrl = publicUrl;
    }

    @GET
    @Path("positions.csv")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(operationId = "exportPositions", summary = "Export every matching position as CSV",
            description = "A header row, then one row per position and citation (a position with three citations "
                    + "has three rows), in the order of listPositions; span_url is absolute. At most "
                    + "parley.export.max-positions positions (100,000 by default): more answer 400.")
    @APIResponse(responseCode = "200", description = "The CSV, streamed.", content = @Content(
            mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<StreamingOutput> exportPositions(@BeanParam PositionFilterParams filters,
            @RestQuery @Parameter(description = "Start with a UTF-8 byte order mark, so that Excel reads the "
                    + "file as UTF-8 when it is opened directly.") boolean bom,
            UriInfo uri) {
        PositionFilter filter = filters.toFilter();
        long total = positions.search(filter, PageRequest.of(1, 1)).totalItems();
        if (total > config.maxPositions()) {
            throw DomainException.invalid(total + " positions match; an export holds at most "
                    + config.maxPositions() + ". Narrow the filters, or page through listPositions.", null);
        }
        String base = publicUrl.base(uri);
        StreamingOutput csv = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            if (bom) {
                writer.write(Csv.BOM);
            }
            Csv.header(PositionCsv.HEADER, writer);
            int pages = (int) Math.ceil(total / (double) PageRequest.MAX_SIZE);
            for (int page = 1; page <= pages; page++) {
                for (var position : positions.search(filter, PageRequest.of(page, PageRequest.MAX_SIZE)).items()) {
                    Csv.rows(PositionCsv.rows(position, base), writer);
                }
            }
            writer.flush();
        };
        return RestResponse.ResponseBuilder.ok(csv, Csv.CONTENT_TYPE)
                .header("Content-Disposition", "inline; filename=\"positions.csv\"")
                .header("X-Total-Count", total).build();
    }
}
