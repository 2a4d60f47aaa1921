package org.parley.party;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.store.CatalogueEntity;

/** A state, alliance or organisation that takes positions, with the names texts use for it. */
@Entity
@Table(name = "party")
public class Party extends CatalogueEntity {

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

    /** Takes the input's fields; representatives are matched by id, added, updated, and removed when left out. */
    public void assign(PartyInput input) {
        name = input.name();
        kind = input.kind();
        aliases.clear();
        aliases.addAll(input.aliases());
        Set<String> kept = input.representatives().stream().map(PartyInput.RepresentativeInput::id)
                .collect(Collectors.toSet());
        representatives.removeIf(r -> !kept.contains(r.id));
        for (PartyInput.RepresentativeInput r : input.representatives()) {
            Representative representative = representatives.stream().filter(x -> x.id.equals(r.id())).findFirst()
                    .orElseGet(() -> {
                        Representative added = new Representative();
                        added.id = r.id();
                        added.party = this;
                        representatives.add(added);
                        return added;
                    });
            representative.name = r.name();
            representative.role = r.role();
        }
    }
}
