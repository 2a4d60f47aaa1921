package org.parley.topic;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.parley.api.Ids;

/** A topic as a client writes it. */
@Schema(name = "TopicInput")
public record TopicInput(
        @Schema(required = true, examples = "energy-supplies") @NotNull @Pattern(regexp = Ids.PATTERN) String id,
        @Schema(required = true, examples = "Energy supplies") @NotBlank @Size(max = 200) String name,
        @Schema(nullable = true) @Size(max = 2000) String description,
        @Schema(description = "Words and phrases that mark the topic in a text, matched case-insensitively as whole "
                + "words; a trailing * matches any ending (sanction*). Suggestions find topics by them.",
                examples = "[\"sanction*\", \"export controls\"]")
        @Size(max = 200) List<@NotBlank @Size(max = 200) String> terms) {

    public TopicInput {
        terms = terms == null ? List.of() : terms;
    }

    public TopicInput(String id, String name, String description) {
        this(id, name, description, List.of());
    }

    static TopicInput of(Topic t) {
        return new TopicInput(t.id, t.name, t.description, List.copyOf(t.terms));
    }
}
