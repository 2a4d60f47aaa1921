package org.parley.suggest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.parley.document.DocumentViews;
import org.parley.position.PositionKind;

public final class SuggestionViews {

    private SuggestionViews() {
    }

    @Schema(name = "Suggestion", description = "A position Parley found in a document, for an editor to accept, "
            + "correct or reject.")
    public record SuggestionView(
            @Schema(required = true) String id,
            @Schema(required = true, examples = "001_949e2e32b0da38f4") String document,
            @Schema(required = true, examples = "russia") String party,
            @Schema(nullable = true, description = "A representative of the party the text names.",
                    examples = "sergei-ryabkov") String speaker,
            @Schema(nullable = true, description = "A speaker the party's representatives do not list, with the "
                    + "name and role the text gives.") NewSpeaker proposedSpeaker,
            @Schema(nullable = true, description = "Null when no topic's terms occur near the statement.",
                    examples = "nato-expansion") String topic,
            @Schema(required = true) PositionKind kind,
            @Schema(required = true, description = "A draft.") String summary,
            @Schema(required = true) List<SuggestedCitation> citations,
            @Schema(required = true, description = "0 to 1.", examples = "0.85") double confidence,
            @Schema(required = true) Draft.Evidence evidence,
            @Schema(required = true) SuggestionStatus status,
            @Schema(nullable = true, description = "An existing position (from another document) that reports the "
                    + "same statement: accepting adds this citation to it.") String corroborates,
            @Schema(nullable = true, description = "The position accepting created or cited into.") String position,
            @Schema(nullable = true) String reviewedBy,
            @Schema(nullable = true) Instant reviewedAt) {

        static SuggestionView of(Suggestion s, Draft.Evidence evidence) {
            return new SuggestionView(s.id, s.documentId, s.party, s.speaker,
                    s.newSpeakerName == null ? null : new NewSpeaker(s.newSpeakerName, s.newSpeakerRole),
                    s.topic, s.kind, s.summary, List.of(new SuggestedCitation(s.documentId, s.quote, s.start, s.end,
                            s.prefix, s.suffix, DocumentViews.textUrl(s.documentId) + "?char=" + s.start + ","
                            + s.end)), s.confidence, evidence, s.status, s.corroborates, s.position, s.reviewedBy,
                    s.reviewedAt);
        }
    }

    @Schema(name = "ProposedSpeaker")
    public record NewSpeaker(@Schema(required = true, examples = "Sergei Lavrov") String name,
            @Schema(nullable = true, examples = "Russian Foreign Minister") String role) {
    }

    @Schema(name = "SuggestedCitation", description = "Exactly the span: text[start, end) equals quote, in code "
            + "points, as in a position's citation.")
    public record SuggestedCitation(
            @Schema(required = true) String document,
            @Schema(required = true) String quote,
            @Schema(required = true) int start,
            @Schema(required = true) int end,
            @Schema(required = true) String prefix,
            @Schema(required = true) String suffix,
            @Schema(required = true) String spanUrl) {
    }

    @Schema(name = "SuggestionReview", description = "Fields that replace the suggestion's when accepting; any may "
            + "be left out.")
    public record Review(
            @Schema(nullable = true) String party,
            @Schema(nullable = true) String speaker,
            @Schema(nullable = true) String topic,
            @Schema(nullable = true) PositionKind kind,
            @Schema(nullable = true) String summary,
            @Schema(nullable = true) LocalDate statedOn,
            @Schema(nullable = true) String respondsTo) {

        static final Review NONE = new Review(null, null, null, null, null, null, null);
    }
}
