package org.parley.peer;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "party_position")
class Position {
    @Id
    String id;
    String kind;
    String summary;
    LocalDate statedOn;
    long version;
    Instant createdAt;
    Instant updatedAt;
    @ManyToOne(fetch = FetchType.LAZY)
    Named.Party party;
    @ManyToOne(fetch = FetchType.LAZY)
    Named.Topic topic;
    @ManyToOne(fetch = FetchType.LAZY)
    Named.Representative speaker;
    @ManyToOne(fetch = FetchType.LAZY)
    Position respondsTo;
    @OneToMany(mappedBy = "position")
    @OrderBy("ord")
    List<Citation> citations = new ArrayList<>();
}
