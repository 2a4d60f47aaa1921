package org.parley.dashboard;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.parley.api.LargeRead;
import org.parley.csv.Csv;
import org.parley.dashboard.MatrixViews.MatrixView;

@Path("/api/matrix")
@Tag(name = "Dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class MatrixResource {

    private final MatrixQueries matrix;

    public MatrixResource(MatrixQueries matrix) {
        this.matrix = matrix;
    }

    @GET
    @LargeRead
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(operationId = "getMatrix", summary = "Get each party's latest position on each topic",
            description = "One cell per party and topic, empty ones included, with the latest position's kind, "
                    + "date, summary and its numbers of citations and of corroborating documents. Only a few "
                    + "are rendered at once; 503 with Retry-After when a read waited longer than "
                    + "parley.http.large-read-wait for its turn.")
    public RestResponse<MatrixView> getMatrix(@BeanParam MatrixParams params) {
        return RestResponse.ok(matrix.matrix(params.parties(), params.topics()));
    }
}
