package org.parley.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.parley.api.Versioned;
import org.parley.document.ReanchoringReport;

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
            @Schema(required = true, description = "The number of the current text among the document's "
                    + "revisions (GET /api/documents/{id}/revisions), from 1.", examples = "1") int revision,
            @Schema(required = true, examples = "0") long version,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt,
            @Schema(description = "The full text; only on GET /api/documents/{id}.")
            @JsonInclude(JsonInclude.Include.NON_NULL) String text,
            @Schema(description = "Only in the answer to a PUT or PATCH that changed the text: how its citations "
                    + "were re-anchored, and which were orphaned.")
            @JsonInclude(JsonInclude.Include.NON_NULL) ReanchoringReport reanchoring) implements Versioned {

        public static DocumentView metadata(SourceDocument d) {
            return of(d, null);
        }

        public static DocumentView withText(SourceDocument d) {
            return of(d, d.text);
        }

        private static DocumentView of(SourceDocument d, String text) {
            return new DocumentView(d.id, d.title, d.outlet, d.url, d.publishedOn, d.publishedBasis, d.publishedNote,
                    d.language, d.note, d.sha256, d.length, DocumentViews.textUrl(d.id), d.revision, d.version,
                    d.createdAt, d.updatedAt, text, null);
        }

        /** The same view with the report of a re-anchoring. */
        public DocumentView reporting(ReanchoringReport report) {
            return new DocumentView(id, title, outlet, url, publishedOn, publishedBasis, publishedNote, language, note,
                    sha256, length, textUrl, revision, version, createdAt, updatedAt, text, report);
        }
    }

    @Schema(name = "DocumentRevision", description = "One text a document has had. The latest is its current text.")
    public record DocumentRevisionView(
            @Schema(required = true, description = "From 1 for the first text.", examples = "2") int number,
            @Schema(required = true, description = "SHA-256 of the UTF-8 text, hex.") String sha256,
            @Schema(required = true, description = "Length in code points.", examples = "7968") int length,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true, description = "Who stored it: a token's subject, or seed.") String createdBy,
            @Schema(required = true, description = "What changed from the revision before.",
                    examples = "+42 −7 code points in 2 places") String summary,
            @Schema(required = true, examples = "/api/documents/000_cc02ba243d0c92c8/text?revision=2")
            String textUrl) {
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

    public static String textUrl(String documentId, int revision) {
        return textUrl(documentId) + "?revision=" + revision;
    }
}
