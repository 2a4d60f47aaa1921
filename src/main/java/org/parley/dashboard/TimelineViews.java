package org.parley.dashboard;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.parley.api.Page;
import org.parley.position.PositionViews.PositionView;

public final class TimelineViews {

    private TimelineViews() {
    }

    @Schema(name = "Timeline", description = "One page of positions in date order, and the response edges among "
            + "the filtered positions. Each edge comes once, on the page of its response (from); its demand (to) "
            + "matches the same filter and may sit on an earlier page.")
    public record TimelineView(
            @Schema(required = true) List<PositionView> items,
            @Schema(required = true, description = "This page's number, counted from 1.", examples = "1") int page,
            @Schema(required = true, description = "The largest number of items on a page.", examples = "50") int size,
            @Schema(required = true, description = "How many positions match, over all pages.", examples = "42")
            long totalItems,
            @Schema(required = true, description = "How many pages there are at this size.", examples = "1")
            int totalPages,
            @Schema(required = true, description = "Responses on this page to positions that match the filter.")
            List<TimelineEdge> edges) {

        static TimelineView of(Page<PositionView> page, List<TimelineEdge> edges) {
            return new TimelineView(page.items(), page.page(), page.size(), page.totalItems(), page.totalPages(),
                    edges);
        }

        Page<PositionView> asPage() {
            return new Page<>(items, page, size, totalItems, totalPages);
        }
    }

    @Schema(name = "TimelineEdge", description = "A response and the position it answers.")
    public record TimelineEdge(
            @Schema(required = true, description = "The response's id.", examples = "us-reject-nato-veto") String from,
            @Schema(required = true, description = "The id of the position it answers (usually a demand).",
                    examples = "ru-demand-nato-non-expansion") String to) {
    }
}
