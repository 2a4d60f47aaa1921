package org.parley.document;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.parley.api.Ids;
import org.parley.error.DomainException;
import org.parley.error.FieldError;

/** A document as a client ingests it: its text, verbatim, and what is known of where it comes from. */
@Schema(name = "DocumentInput")
public record DocumentInput(
        @Schema(description = "A slug; derived from the text's SHA-256 when a new document has none.")
        @Pattern(regexp = Ids.PATTERN) String id,
        @Schema(description = "Required with a text; taken from the page when only a URL is given.")
        @Size(max = 500) String title,
        @Schema(nullable = true) @Size(max = 200) String outlet,
        @Schema(nullable = true, description = "The original's URL. Given without a text, Parley fetches the page and "
                + "reads its text, title, outlet and publication date from it (fields given here win).")
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+") String url,
        @Schema(nullable = true) LocalDate publishedOn,
        @Schema(nullable = true) DateBasis publishedBasis,
        @Schema(nullable = true) @Size(max = 1000) String publishedNote,
        @Schema(description = "BCP 47 language tag; en when absent.", examples = "en")
        @Pattern(regexp = "[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*") String language,
        @Schema(nullable = true) @Size(max = 2000) String note,
        @Schema(description = "The full text, stored verbatim; citations point into it. Required unless a url is "
                + "given to fetch it from.")
        @Size(min = 1) String text) {

    /** A text to store, with its title; without either the input is incomplete (400). */
    public void requireText() {
        List<FieldError> errors = new ArrayList<>();
        if (text == null) {
            errors.add(new FieldError("text", "must not be null (or give only a url to fetch the page)"));
        }
        if (title == null || title.isBlank()) {
            errors.add(new FieldError("title", "must not be blank"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid("The document needs a text and a title, or a url alone.", errors);
        }
    }

    static DocumentInput of(SourceDocument d) {
        return new DocumentInput(d.id, d.title, d.outlet, d.url, d.publishedOn, d.publishedBasis, d.publishedNote,
                d.language, d.note, d.text);
    }
}
