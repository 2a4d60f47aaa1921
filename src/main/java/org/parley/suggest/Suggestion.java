package org.parley.suggest;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.parley.position.PositionKind;

/** A position found in a document, waiting for an editor, or accepted or rejected by one (who and when). */
@Entity
@Table(name = "suggestion")
public class Suggestion extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "document_id", nullable = false)
    public String documentId;

    @Column(name = "ord", nullable = false)
    public int ordinal;

    @Column(name = "party_id", nullable = false)
    public String party;

    @Column(name = "speaker_id")
    public String speaker;

    @Column(name = "speaker_name")
    public String newSpeakerName;

    @Column(name = "speaker_role")
    public String newSpeakerRole;

    @Column(name = "topic_id")
    public String topic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PositionKind kind;

    @Column(nullable = false)
    public String summary;

    @Column(nullable = false)
    public String quote;

    @Column(name = "start_cp", nullable = false)
    public int start;

    @Column(name = "end_cp", nullable = false)
    public int end;

    @Column(nullable = false)
    public String prefix;

    @Column(nullable = false)
    public String suffix;

    @Column(nullable = false)
    public double confidence;

    /** What led to each field, as JSON (see {@link Draft.Evidence}). */
    @Column(nullable = false)
    public String evidence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SuggestionStatus status;

    @Column(name = "corroborates_id")
    public String corroborates;

    @Column(name = "position_id")
    public String position;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
