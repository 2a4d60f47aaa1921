package org.parley.position;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.parley.api.Ids;

/** A position as a client writes it: POST creates one, PUT replaces one, and merge patches apply to this shape. */
@Schema(name = "PositionInput")
public record PositionInput(
        @Schema(description = "A slug; generated from the party and kind when a new position has none.",
                examples = "ru-demand-nato-non-expansion") @Pattern(regexp = Ids.PATTERN) String id,
        @Schema(required = true, examples = "russia") @NotBlank String party,
        @Schema(required = true, examples = "nato-expansion") @NotBlank String topic,
        @Schema(required = true) @NotNull PositionKind kind,
        @Schema(required = true, examples = "Russia demands a guarantee that NATO will not expand further east.")
        @NotBlank @Size(max = 1000) String summary,
        @Schema(required = true, examples = "2022-01-08") @NotNull LocalDate statedOn,
        @Schema(nullable = true, description = "A representative of the party.", examples = "vladimir-putin")
        String speaker,
        @Schema(nullable = true, description = "The position this one answers.") String respondsTo,
        @Schema(required = true) @NotEmpty @Size(max = 50) List<@Valid @NotNull CitationInput> citations) {

    /**
     * Where a position was stated. Give the quote and its code point offsets, or the quote alone (with a prefix,
     * a suffix or a start when it occurs more than once): the service anchors it and refuses a mismatch.
     */
    @Schema(name = "CitationInput")
    public record CitationInput(
            @Schema(required = true, examples = "001_949e2e32b0da38f4") @NotBlank String document,
            @Schema(required = true, examples = "Russia has demanded promises that NATO will not further expand eastward")
            @NotEmpty @Size(max = 4000) String quote,
            @Schema(nullable = true, description = "Start offset in code points.", examples = "2992")
            @PositiveOrZero Integer start,
            @Schema(nullable = true, description = "End offset in code points, exclusive.", examples = "3063")
            @PositiveOrZero Integer end,
            @Schema(nullable = true, description = "Text just before the quote, to choose among occurrences.")
            @Size(max = 200) String prefix,
            @Schema(nullable = true, description = "Text just after the quote, to choose among occurrences.")
            @Size(max = 200) String suffix) {
    }
}
