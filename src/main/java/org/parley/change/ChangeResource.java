package org.parley.change;

import io.smallrye.mutiny.Multi;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
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
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.parley.error.DomainException;

/** For dashboards that refresh: a stream of changes to listen to, and a list of changes to poll. */
@Path("/api")
@Tag(name = "Changes", description = "Changes to positions, for dashboards that refresh.")
public class ChangeResource {

    static final int MAX_CHANGES = 1000;

    private final ChangeFeed feed;
    private final ChangeLog log;

    public ChangeResource(ChangeFeed feed, ChangeLog log) {
        this.feed = feed;
        this.log = log;
    }

    @Schema(name = "ChangeList")
    public record ChangeList(
            @Schema(required = true, description = "In commit order.") List<ChangeEvent> changes,
            @Schema(required = true, description = "The cursor to pass as after to get the changes after these.")
            long next,
            @Schema(required = true, description = "Whether more changes wait after next.") boolean more) {
    }

    @GET
    @Path("events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(operationId = "streamChanges", summary = "Server-Sent Events: each created, updated or deleted position",
            description = "A stream that does not end: read it with an EventSource (README, \"Listen to changes\"), "
                    + "not with a generated client, which waits for the end of the body. Each event's data is one "
                    + "Change as JSON and its id the change's cursor; a reconnecting EventSource sends the last id "
                    + "as Last-Event-ID and hears every change after it. A comment line comes when there was nothing "
                    + "to tell for a while. Marked x-internal so that client generators leave it out.")
    @APIResponse(responseCode = "200", description = "One event per change, in commit order, as they happen.",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING,
                    description = "text/event-stream; each event's id is a cursor and its data a Change in JSON.")))
    @Extension(name = "x-internal", value = "true", parseValue = true)
    public Multi<OutboundSseEvent> streamChanges(
            @RestHeader("Last-Event-ID") @Parameter(description = "Resume after this cursor (the id of the last "
                    + "event received); wins over after.") String lastEventId,
            @RestQuery @Min(0) @Parameter(description = "Start after this cursor; without it (and without "
                    + "Last-Event-ID), only changes from now on.") Long after,
            @Context Sse sse) {
        Long from = lastEventId == null || lastEventId.isBlank() ? after
                : Long.valueOf(cursor("Last-Event-ID", lastEventId));
        return feed.listen(from).map(item -> item.heartbeat() ? sse.newEventBuilder().comment("heartbeat").build()
                : sse.newEventBuilder().id(Long.toString(item.change().cursor())).data(item.change()).build());
    }

    @GET
    @Path("changes")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getChanges", summary = "Changes to positions in commit order, deletions included",
            description = "At most limit, after a cursor (after, default 0) or, for people, from a moment (since); "
                    + "pass next as after to read on. Every committed change comes once, in commit order, however "
                    + "late it committed. Not paged: a cursor.")
    public RestResponse<ChangeList> getChanges(
            @RestQuery @Min(0) @Parameter(description = "A cursor: the next of an earlier answer, or a change's "
                    + "cursor. Without it (and without since), 0: from the first change.") Long after,
            @RestQuery @Parameter(description = "Instead of after, an RFC 3339 instant: the changes made after it "
                    + "(and any made earlier that committed later).") Instant since,
            @RestQuery @Min(1) @Max(MAX_CHANGES) @Parameter(description = "At most this many, 1 to 1000. Default 1000.")
            Integer limit) {
        if (after != null && since != null) {
            throw DomainException.invalid("Give after (a cursor) or since (an instant), not both.", null);
        }
        long from = since != null ? log.before(since) : after != null ? after : 0;
        int max = limit == null ? MAX_CHANGES : limit;
        List<ChangeEvent> changes = log.after(from, max + 1);
        boolean more = changes.size() > max;
        List<ChangeEvent> page = more ? changes.subList(0, max) : changes;
        long next = page.isEmpty() ? from : page.get(page.size() - 1).cursor();
        return RestResponse.ok(new ChangeList(page, next, more));
    }

    private static long cursor(String name, String value) {
        try {
            long cursor = Long.parseLong(value.trim());
            if (cursor >= 0) {
                return cursor;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw DomainException.invalidParameter(name, "a cursor is a whole number from 0");
    }
}
