package org.parley.topic;

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
import org.jboss.resteasy.reactive.RestResponse;
import org.parley.api.Page;
import org.parley.api.PageLinks;
import org.parley.api.PageParams;
import org.parley.position.PositionFilterParams;
import org.parley.position.PositionQueries;
import org.parley.position.PositionViews.PositionView;
import org.parley.topic.TopicViews.TopicView;

@Path("/api/topics")
@Tag(name = "Topics")
@Produces(MediaType.APPLICATION_JSON)
public class TopicResource {

    private final TopicService topics;
    private final PositionQueries positions;

    public TopicResource(TopicService topics, PositionQueries positions) {
        this.topics = topics;
        this.positions = positions;
    }

    @GET
    @Operation(operationId = "listTopics", summary = "List topics")
    public RestResponse<Page<TopicView>> listTopics(@BeanParam PageParams paging, UriInfo uri) {
        return PageLinks.ok(topics.list(paging.toRequest()), uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getTopic", summary = "Get a topic")
    public RestResponse<TopicView> getTopic(
            @RestPath @Parameter(description = "Topic id.", example = "nato-expansion")
            String id) {
        return RestResponse.ok(topics.get(id));
    }

    @GET
    @Path("{id}/positions")
    @Operation(operationId = "listTopicPositions", summary = "List positions on a topic",
            description = "The same filters as GET /api/positions, restricted to this topic.")
    public RestResponse<Page<PositionView>> listTopicPositions(
            @RestPath @Parameter(description = "Topic id.", example = "nato-expansion")
            String id,
            @BeanParam PositionFilterParams filter, UriInfo uri) {
        topics.requireExists(id);
        return PageLinks.ok(positions.search(filter.toFilter().withTopic(id), filter.toRequest()), uri);
    }
}
