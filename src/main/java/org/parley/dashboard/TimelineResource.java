package org.parley.dashboard;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.parley.api.PageLinks;
import org.parley.api.PageParams;
import org.parley.csv.Csv;
import org.parley.dashboard.TimelineViews.TimelineView;
import org.parley.position.PositionFilterParams;

@Path("/api/timeline")
@Tag(name = "Dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class TimelineResource {

    private final TimelineQueries timeline;

    public TimelineResource(TimelineQueries timeline) {
        this.timeline = timeline;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(operationId = "listTimeline", summary = "List positions in date order with their response edges",
            description = "The same filters and paging as GET /api/positions. Edges link a response on this page "
                    + "to the position it answers, when that position matches the filter too.")
    public RestResponse<TimelineView> listTimeline(@BeanParam PositionFilterParams filter,
            @BeanParam PageParams paging, UriInfo uri) {
        TimelineView view = timeline.timeline(filter.toFilter(), paging.toRequest());
        return PageLinks.ok(view, view.asPage(), uri);
    }
}
