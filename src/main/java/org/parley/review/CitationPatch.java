package org.parley.review;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CitationPatch", description = "Either confirm: true, which accepts a FUZZY or MOVED anchor as it "
        + "is (it becomes EXACT), or a quote (with prefix, suffix or start to choose among repeats), which re-points "
        + "the citation into the document's current text.")
public record CitationPatch(
        @Schema(nullable = true, description = "Accept the anchor as it is.") Boolean confirm,
        @Schema(nullable = true, description = "The passage to cite in the current revision.")
        @Size(min = 1, max = 4000) String quote,
        @Schema(nullable = true) @Min(0) Integer start,
        @Schema(nullable = true) @Min(0) Integer end,
        @Schema(nullable = true) @Size(max = 128) String prefix,
        @Schema(nullable = true) @Size(max = 128) String suffix) {
}
