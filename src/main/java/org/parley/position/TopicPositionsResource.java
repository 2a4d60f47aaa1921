package org.parley.position;

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
import org.parley.cache.ReadScope;
import org.parley.position.PositionViews.PositionView;
import org.parley.topic.TopicService;

/**
 * A topic's positions. They are listed here, not in the topic package, so that positions depend on topics
 * and not the reverse.
 */
@Path("/api/topics/{id}/positions")
@Tag(name = "Topics")
@Produces(MediaType.APPLICATION_JSON)
public class TopicPositionsResource {

    private final TopicService topics;
    private final PositionQueries positions;
    private final ReadScope scope;

    public TopicPositionsResource(TopicService topics, PositionQueries positions, ReadScope scope) {
        this.topics = topics;
        this.positions = positions;
        this.scope = scope;
    }

    @GET
    @Operation(operationId = "listTopicPositions", summary = "List positions on a topic",
            description = "The same filters as GET /api/positions, restricted to this topic.")
    public RestResponse<Page<PositionView>> listTopicPositions(
            @RestPath @Parameter(description = "Topic id.", example = "nato-expansion")
            String id,
            @BeanParam PositionFilterParams filter, @BeanParam PageParams paging, UriInfo uri) {
        topics.requireExists(id);
        PositionFilter wanted = filter.toFilter().withTopic(id);
        return PageLinks.ok(PositionScopes.declare(scope, positions.members(wanted),
                positions.search(wanted, paging.toRequest())), uri);
    }
}
