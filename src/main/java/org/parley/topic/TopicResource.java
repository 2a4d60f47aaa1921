package org.parley.topic;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
import org.parley.api.WriteResponses;
import org.parley.security.Roles;
import org.parley.topic.TopicViews.TopicView;

@Path("/api/topics")
@Tag(name = "Topics")
@Produces(MediaType.APPLICATION_JSON)
public class TopicResource {

    private final TopicService topics;
    private final WriteResponses responses;

    public TopicResource(TopicService topics, WriteResponses responses) {
        this.topics = topics;
        this.responses = responses;
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

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createTopic", summary = "Create a topic (admins)")
    public RestResponse<TopicView> createTopic(@Valid @NotNull TopicInput input, UriInfo uri) {
        return responses.created(topics.create(input), uri);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "replaceTopic", summary = "Replace a topic (admins)",
            description = "Send If-Match with the ETag you read: 428 without it, 412 if the topic changed since.")
    public RestResponse<TopicView> replaceTopic(
            @RestPath @Parameter(description = "Topic id.", example = "nato-expansion") String id,
            @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull TopicInput input) {
        return responses.ok(topics.replace(id, input, ifMatch));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "patchTopic", summary = "Change some fields of a topic (JSON Merge Patch, admins)")
    public RestResponse<TopicView> patchTopic(
            @RestPath @Parameter(description = "Topic id.", example = "nato-expansion") String id,
            @RestHeader("If-Match") String ifMatch,
            @NotNull JsonNode patch) {
        return responses.ok(topics.patch(id, patch, ifMatch));
    }

    @DELETE
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteTopic", summary = "Delete a topic (admins)",
            description = "409 while positions are on the topic, unless cascade=true, which deletes them too.")
    public RestResponse<Void> deleteTopic(
            @RestPath @Parameter(description = "Topic id.", example = "nato-expansion") String id,
            @RestHeader("If-Match") String ifMatch,
            @RestQuery @Parameter(description = "Delete the positions on the topic too.") boolean cascade) {
        topics.delete(id, ifMatch, cascade, responses.actor());
        return RestResponse.noContent();
    }
}
