package org.parley.document;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.parley.api.Ids;

/** A document as a client ingests it: its text, verbatim, and what is known of where it comes from. */
@Schema(name = "DocumentInput")
public record DocumentInput(
        @Schema(description = "A slug; derived from the text's SHA-256 when a new document has none.")
        @Pattern(regexp = Ids.PATTERN) String id,
        @Schema(required = true) @NotBlank @Size(max = 500) String title,
        @Schema(nullable = true) @Size(max = 200) String outlet,
        @Schema(nullable = true) @Size(max = 2000) @Pattern(regexp = "https?://\\S+") String url,
        @Schema(nullable = true) LocalDate publishedOn,
        @Schema(nullable = true) DateBasis publishedBasis,
        @Schema(nullable = true) @Size(max = 1000) String publishedNote,
        @Schema(description = "BCP 47 language tag; en when absent.", examples = "en")
        @Pattern(regexp = "[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*") String language,
        @Schema(nullable = true) @Size(max = 2000) String note,
        @Schema(required = true, description = "The full text, stored verbatim; citations point into it.")
        @NotNull @Size(min = 1) String text) {

    static DocumentInput of(SourceDocument d) {
        return new DocumentInput(d.id, d.title, d.outlet, d.url, d.publishedOn, d.publishedBasis, d.publishedNote,
                d.language, d.note, d.text);
    }
}
