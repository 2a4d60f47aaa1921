package org.parley.change;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.parley.position.ChangeKind;
import org.parley.position.PositionRevision;

@Schema(name = "Change", description = "A position was created, updated or deleted.")
public record ChangeEvent(
        @Schema(required = true, description = "The position's id.", examples = "ru-demand-nato-non-expansion")
        String id,
        @Schema(required = true) ChangeKind change,
        @Schema(required = true, description = "The position's version after the change.") long version,
        @Schema(required = true) Instant at,
        @Schema(required = true, description = "Whether the position now has citations to review: FUZZY or "
                + "ORPHANED after a revision of a document it cites.") boolean needsReview,
        @Schema(required = true, description = "The change's place in commit order: pass it as after (or as "
                + "Last-Event-ID) to read the changes that follow it.") long cursor) {

    static ChangeEvent of(PositionRevision r) {
        return new ChangeEvent(r.positionId, r.change, r.version, r.changedAt, r.needsReview, r.seq);
    }
}
