package org.parley.position;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change to a position: who made it and when, which fields it changed, their values before, the state after. */
@Entity
@Table(name = "position_revision")
public class PositionRevision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "position_revision_seq")
    @SequenceGenerator(name = "position_revision_seq", sequenceName = "position_revision_seq", allocationSize = 50)
    public Long id;

    @Column(name = "position_id", nullable = false)
    public String positionId;

    @Column(nullable = false)
    public long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChangeKind change;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    /** Comma-separated names of the fields the change touched. */
    @Column(name = "changed_fields", nullable = false)
    public String changedFields;

    /** JSON of the touched fields' values before the change; null for a creation. */
    @Column(name = "before_state")
    public String before;

    /** Whether the position was left with citations to review (FUZZY or ORPHANED). */
    @Column(name = "needs_review", nullable = false)
    public boolean needsReview;

    /** Its place in commit order, the change feeds' cursor: numbered just before the transaction commits. */
    @Column(name = "seq", insertable = false, updatable = false)
    public Long seq;

    /** JSON of the whole state after the change; null for a deletion. */
    @Column(name = "after_state")
    public String after;
}
