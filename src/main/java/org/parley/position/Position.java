package org.parley.position;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parley.citation.Citation;
import org.parley.party.Party;
import org.parley.party.Representative;
import org.parley.store.TrackedEntity;
import org.parley.topic.Topic;

/**
 * A party's stated stance on a topic at a date, cited to where it was said. A response names the position it
 * answers in {@link #respondsTo}; that is how demands and their responses are tied together.
 */
@Entity
@Table(name = "party_position")
public class Position extends TrackedEntity {

    @Id
    public String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "party_id")
    public Party party;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "topic_id")
    public Topic topic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PositionKind kind;

    @Column(nullable = false)
    public String summary;

    @Column(name = "stated_on", nullable = false)
    public LocalDate statedOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "speaker_id")
    public Representative speaker;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "responds_to_id")
    public Position respondsTo;

    /** The foreign key is written with each citation's insert; not updatable, so no update follows it. */
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "position_id", nullable = false, updatable = false)
    @OrderBy("ordinal")
    public List<Citation> citations = new ArrayList<>();
}
