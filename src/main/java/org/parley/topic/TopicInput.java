package org.parley.topic;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.parley.api.Ids;

/** A topic as a client writes it. */
@Schema(name = "TopicInput")
public record TopicInput(
        @Schema(required = true, examples = "energy-supplies") @NotNull @Pattern(regexp = Ids.PATTERN) String id,
        @Schema(required = true, examples = "Energy supplies") @NotBlank @Size(max = 200) String name,
        @Schema(nullable = true) @Size(max = 2000) String description) {

    static TopicInput of(Topic t) {
        return new TopicInput(t.id, t.name, t.description);
    }
}
