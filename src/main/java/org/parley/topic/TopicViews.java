package org.parley.topic;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.parley.api.Versioned;

public final class TopicViews {

    private TopicViews() {
    }

    @Schema(name = "Topic", description = "What positions are about.")
    public record TopicView(
            @Schema(required = true, examples = "nato-expansion") String id,
            @Schema(required = true, examples = "NATO expansion") String name,
            @Schema(nullable = true, examples = "Whether NATO may admit further members to the east, Ukraine in "
                    + "particular, and the principle that states choose their own alliances.")
            String description,
            @Schema(required = true, description = "Words and phrases that mark the topic in a text.",
                    examples = "[\"NATO expansion\", \"join NATO\"]") List<String> terms,
            @Schema(required = true, examples = "0") long version,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt) implements Versioned {

        public static TopicView of(Topic t) {
            return new TopicView(t.id, t.name, t.description, List.copyOf(t.terms), t.version, t.createdAt, t.updatedAt);
        }
    }

    @Schema(name = "TopicRef", description = "A topic named inside another resource.")
    public record TopicRef(
            @Schema(required = true, examples = "nato-expansion") String id,
            @Schema(required = true, examples = "NATO expansion") String name) {

        public static TopicRef of(Topic t) {
            return new TopicRef(t.id, t.name);
        }
    }
}
