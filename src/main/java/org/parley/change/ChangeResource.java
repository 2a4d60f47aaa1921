package org.parley.change;

import io.smallrye.mutiny.Multi;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** For dashboards that refresh: a stream of changes to listen to, and a list of changes to poll. */
@Path("/api")
@Tag(name = "Changes", description = "Changes to positions, for dashboards that refresh.")
public class ChangeResource {

    static final int MAX_CHANGES = 1000;

    private final ChangeFeed feed;

    public ChangeResource(ChangeFeed feed) {
        this.feed = feed;
    }

    @Schema(name = "ChangeList")
    public record ChangeList(
            @Schema(required = true, description = "Oldest first.") List<ChangeEvent> changes,
            @Schema(required = true, description = "Pass as since to get the changes after these.") Instant next,
            @Schema(required = true, description = "Whether more changes wait after next.") boolean more) {
    }

    @GET
    @Path("events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(operationId = "streamChanges", summary = "Server-Sent Events: each created, updated or deleted position",
            description = "A stream that does not end: read it with an EventSource (README, \"Listen to changes\"), "
                    + "not with a generated client, which waits for the end of the body. Each event's data is one "
                    + "Change as JSON. Marked x-internal so that client generators leave it out.")
    @APIResponse(responseCode = "200", description = "One event per change, as they happen.",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING,
                    description = "text/event-stream; each event's data is a Change in JSON.")))
    @Extension(name = "x-internal", value = "true", parseValue = true)
    public Multi<ChangeEvent> streamChanges() {
        return feed.changes();
    }

    @GET
    @Path("changes")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getChanges", summary = "Changes to positions since a moment, deletions included",
            description = "Oldest first, at most limit; pass next as since to read on. Not paged: a cursor.")
    public RestResponse<ChangeList> getChanges(
            @RestQuery @NotNull @Parameter(description = "RFC 3339 instant; changes after it are listed.",
                    example = "2022-01-10T00:00:00Z") Instant since,
            @RestQuery @Min(1) @Max(MAX_CHANGES) @Parameter(description = "At most this many, 1 to 1000. Default 1000.")
            Integer limit) {
        int max = limit == null ? MAX_CHANGES : limit;
        List<ChangeEvent> changes = feed.since(since, max + 1);
        boolean more = changes.size() > max;
        List<ChangeEvent> page = more ? changes.subList(0, max) : changes;
        Instant next = page.isEmpty() ? since : page.get(page.size() - 1).at();
        return RestResponse.ok(new ChangeList(page, next, more));
    }
}
