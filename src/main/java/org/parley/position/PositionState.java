package org.parley.position;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.parley.citation.AnchorView;

/**
 * What a position said at one version, as its history keeps it. In a history entry's {@code before}, only the
 * fields that changed are present.
 */
@Schema(name = "PositionState")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PositionState(
        @Schema(nullable = true) String party,
        @Schema(nullable = true) String topic,
        @Schema(nullable = true) PositionKind kind,
        @Schema(nullable = true) String summary,
        @Schema(nullable = true) LocalDate statedOn,
        @Schema(nullable = true) String speaker,
        @Schema(nullable = true) String respondsTo,
        @Schema(nullable = true) List<CitedSpan> citations) {

    @Schema(name = "CitedSpan")
    public record CitedSpan(long id, String document, String quote, int start, int end, String prefix,
            String suffix, @Schema(nullable = true, description = "Absent from changes made before revisions were "
                    + "kept (revision 1, EXACT).") AnchorView anchor) {

        /** The anchor, or revision 1 and EXACT for a state recorded before documents had revisions. */
        public AnchorView anchorOrFirst() {
            return anchor == null ? AnchorView.exact(1) : anchor;
        }
    }

    public static PositionState of(Position p) {
        return new PositionState(p.party.id, p.topic.id, p.kind, p.summary, p.statedOn,
                p.speaker == null ? null : p.speaker.id, p.respondsTo == null ? null : p.respondsTo.id,
                p.citations.stream().map(c -> new CitedSpan(c.id, c.document.id, c.quote, c.start, c.end, c.prefix,
                        c.suffix, AnchorView.of(c))).toList());
    }

    /** The names of the fields whose values differ between the two states. */
    public static List<String> changedFields(PositionState before, PositionState after) {
        return Stream.of(
                Objects.equals(before.party, after.party) ? null : "party",
                Objects.equals(before.topic, after.topic) ? null : "topic",
                Objects.equals(before.kind, after.kind) ? null : "kind",
                Objects.equals(before.summary, after.summary) ? null : "summary",
                Objects.equals(before.statedOn, after.statedOn) ? null : "statedOn",
                Objects.equals(before.speaker, after.speaker) ? null : "speaker",
                Objects.equals(before.respondsTo, after.respondsTo) ? null : "respondsTo",
                spans(before).equals(spans(after)) ? null : "citations")
                .filter(Objects::nonNull).toList();
    }

    /** Only the given fields of this state; the others are left out. */
    public PositionState only(List<String> fields) {
        return new PositionState(fields.contains("party") ? party : null, fields.contains("topic") ? topic : null,
                fields.contains("kind") ? kind : null, fields.contains("summary") ? summary : null,
                fields.contains("statedOn") ? statedOn : null, fields.contains("speaker") ? speaker : null,
                fields.contains("respondsTo") ? respondsTo : null, fields.contains("citations") ? citations : null);
    }

    /** Whether a citation's anchor is FUZZY or ORPHANED: an editor should look at it. */
    public boolean needsReview() {
        return citations != null && citations.stream().anyMatch(c -> c.anchorOrFirst().status().needsReview());
    }

    /** Citations compared by what they cite, in which revision and how anchored, not by their ids. */
    private static List<String> spans(PositionState state) {
        return state.citations == null ? List.of() : state.citations.stream()
                .map(c -> c.document() + "@" + c.start() + "," + c.end() + "#" + c.anchorOrFirst().revision() + ":"
                        + c.anchorOrFirst().status()).toList();
    }
}
