package org.parley.dashboard;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.parley.dashboard.StatsViews.StatsView;

@Path("/api/stats")
@Tag(name = "Dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    private final StatsQueries stats;

    public StatsResource(StatsQueries stats) {
        this.stats = stats;
    }

    @GET
    @Operation(operationId = "getStats", summary = "Count positions per party, topic, kind and document")
    public RestResponse<StatsView> getStats() {
        return RestResponse.ok(stats.stats());
    }
}
