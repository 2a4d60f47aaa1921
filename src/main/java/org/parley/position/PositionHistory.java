package org.parley.position;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.parley.error.DomainException;

/** Keeps every change to a position, and tells what positions said at a past moment. */
@ApplicationScoped
public class PositionHistory {

    private static final List<String> ALL_FIELDS =
            List.of("party", "topic", "kind", "summary", "statedOn", "speaker", "respondsTo", "citations");

    private final ObjectMapper json;
    private final PositionPairs pairs;

    public PositionHistory(ObjectMapper json, PositionPairs pairs) {
        this.json = json;
        this.pairs = pairs;
    }

    @Schema(name = "PositionRevision", description = "One change to a position.")
    public record RevisionView(
            @Schema(required = true, description = "The position's version after the change.") long version,
            @Schema(required = true) ChangeKind change,
            @Schema(required = true) Instant at,
            @Schema(required = true, description = "The subject of the token that made the change, or 'seed'.")
            String by,
            @Schema(required = true, description = "The fields the change touched.") List<String> fields,
            @Schema(nullable = true, description = "The touched fields' values before the change.")
            PositionState before) {
    }

    /**
     * Each of these also notes the party × topic pairs the change touched and the position it answers, which
     * {@link PositionPairs#refreshTouched} recomputes (and announces) once the write has flushed its last change.
     */
    public void created(Position position, String by) {
        pairs.touched(position.party.id, position.topic.id);
        pairs.answered(position.respondsTo == null ? null : position.respondsTo.id);
        record(position.id, position.version, ChangeKind.CREATED, by, ALL_FIELDS, null, PositionState.of(position));
    }

    public void updated(Position position, PositionState before, String by) {
        PositionState after = PositionState.of(position);
        pairs.touched(before.party(), before.topic());
        pairs.touched(after.party(), after.topic());
        pairs.answered(before.respondsTo());
        pairs.answered(after.respondsTo());
        List<String> fields = PositionState.changedFields(before, after);
        record(position.id, position.version, ChangeKind.UPDATED, by, fields, before.only(fields), after);
    }

    public void deleted(Position position, String by) {
        pairs.touched(position.party.id, position.topic.id);
        pairs.answered(position.respondsTo == null ? null : position.respondsTo.id);
        record(position.id, position.version + 1, ChangeKind.DELETED, by, ALL_FIELDS, PositionState.of(position),
                null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RevisionView> history(String positionId) {
        List<PositionRevision> revisions =
                PositionRevision.list("positionId = ?1 order by changedAt, version", positionId);
        if (revisions.isEmpty()) {
            throw DomainException.notFound("position", positionId);
        }
        return revisions.stream().map(r -> new RevisionView(r.version, r.change, r.changedAt, r.changedBy,
                r.changedFields.isEmpty() ? List.of() : Arrays.asList(r.changedFields.split(",")),
                r.before == null ? null : read(r.before))).toList();
    }

    /** Each position's latest state at the given moment, leaving out those not created yet or deleted by then. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Snapshot> asOf(Instant moment) {
        List<PositionRevision> revisions =
                PositionRevision.list("changedAt <= ?1 order by positionId, changedAt, version", moment);
        List<Snapshot> snapshots = new ArrayList<>();
        for (int i = 0; i < revisions.size(); i++) {
            PositionRevision last = revisions.get(i);
            Instant created = last.changedAt;
            while (i + 1 < revisions.size() && revisions.get(i + 1).positionId.equals(last.positionId)) {
                last = revisions.get(++i);
                if (last.change == ChangeKind.CREATED) {
                    created = last.changedAt;
                }
            }
            if (last.change != ChangeKind.DELETED) {
                snapshots.add(new Snapshot(last.positionId, last.version, read(last.after), created, last.changedAt));
            }
        }
        return snapshots;
    }

    /** A position's state as of a moment, with its version and when that version was written. */
    public record Snapshot(String id, long version, PositionState state, Instant createdAt, Instant updatedAt) {
    }

    private void record(String id, long version, ChangeKind change, String by, List<String> fields,
            PositionState before, PositionState after) {
        PositionRevision revision = new PositionRevision();
        revision.positionId = id;
        revision.version = version;
        revision.change = change;
        revision.changedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        revision.changedBy = by;
        revision.changedFields = String.join(",", fields);
        revision.before = before == null ? null : write(before);
        revision.after = after == null ? null : write(after);
        revision.needsReview = after != null && after.needsReview();
        revision.persist();
    }

    private String write(PositionState state) {
        try {
            return json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A position state could not be serialised", e);
        }
    }

    private PositionState read(String state) {
        try {
            return json.readValue(state, PositionState.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored position state could not be read", e);
        }
    }
}
