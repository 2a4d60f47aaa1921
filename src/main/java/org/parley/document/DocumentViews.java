package org.parley.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.parley.api.Versioned;

public final class DocumentViews {

    private DocumentViews() {
    }

    @Schema(name = "Document", description = "A source document. Lists carry its metadata; GET /api/documents/{id} "
            + "adds the full text.")
    public record DocumentView(
            @Schema(required = true, examples = "000_cc02ba243d0c92c8") String id,
            @Schema(required = true, examples = "US ready to strike with Russia over missiles and military exercises "
                    + "as Ukraine crisis intensifies") String title,
            @Schema(nullable = true, description = "The outlet, where the text names it.", examples = "TIME")
            String outlet,
            @Schema(nullable = true, description = "The original URL, where the text gives it.",
                    examples = "https://time.com/6137966/russia-military-missiles-ukraine/") String url,
            @Schema(nullable = true, examples = "2022-01-08") LocalDate publishedOn,
            @Schema(nullable = true, examples = "INFERRED") DateBasis publishedBasis,
            @Schema(nullable = true, description = "How the publication date was established.")
            String publishedNote,
            @Schema(required = true, description = "BCP 47 language tag of the text.", examples = "en") String language,
            @Schema(nullable = true, description = "Curator's note on the document's provenance.") String note,
            @Schema(required = true, description = "SHA-256 of the UTF-8 text, hex.") String sha256,
            @Schema(required = true, description = "Length of the text in Unicode code points.", examples = "7968")
            int length,
            @Schema(required = true, description = "Where to fetch the text as text/plain.",
                    examples = "/api/documents/000_cc02ba243d0c92c8/text") String textUrl,
            @Schema(required = true, examples = "0") long version,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt,
            @Schema(description = "The full text; only on GET /api/documents/{id}.")
            @JsonInclude(JsonInclude.Include.NON_NULL) String text) implements Versioned {

        public static DocumentView metadata(SourceDocument d) {
            return of(d, null);
        }

        public static DocumentView withText(SourceDocument d) {
            return of(d, d.text);
        }

        private static DocumentView of(SourceDocument d, String text) {
            return new DocumentView(d.id, d.title, d.outlet, d.url, d.publishedOn, d.publishedBasis, d.publishedNote,
                    d.language, d.note, d.sha256, d.length, DocumentViews.textUrl(d.id), d.version, d.createdAt, d.updatedAt, text);
        }
    }

    @Schema(name = "DocumentRef", description = "A source document named inside a citation.")
    public record DocumentRef(
            @Schema(required = true, examples = "000_cc02ba243d0c92c8") String id,
            @Schema(required = true, examples = "US ready to strike with Russia over missiles and military exercises "
                    + "as Ukraine crisis intensifies") String title,
            @Schema(nullable = true, examples = "TIME") String outlet,
            @Schema(nullable = true, examples = "https://time.com/6137966/russia-military-missiles-ukraine/")
            String url,
            @Schema(nullable = true, examples = "2022-01-08") LocalDate publishedOn) {

        public static DocumentRef of(SourceDocument d) {
            return new DocumentRef(d.id, d.title, d.outlet, d.url, d.publishedOn);
        }
    }

    public static String textUrl(String documentId) {
        return "/api/documents/" + documentId + "/text";
    }
}
