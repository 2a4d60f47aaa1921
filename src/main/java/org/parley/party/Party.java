package org.parley.party;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.parley.store.TrackedEntity;

/** A state, alliance or organisation that takes positions, with the names texts use for it. */
@Entity
@Table(name = "party")
public class Party extends TrackedEntity {

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PartyKind kind;

    @ElementCollection
    @CollectionTable(name = "party_alias", joinColumns = @JoinColumn(name = "party_id"))
    @OrderColumn(name = "ord")
    @Column(name = "alias", nullable = false)
    public List<String> aliases = new ArrayList<>();

    @OneToMany(mappedBy = "party", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("name")
    public List<Representative> representatives = new ArrayList<>();
}
