package org.parley.negotiation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parley.store.CatalogueEntity;

/** Talks between sides, each a named group of parties, over a set of topics, reported by a set of documents. */
@Entity
@Table(name = "negotiation")
public class Negotiation extends CatalogueEntity {

    public String description;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @ElementCollection
    @CollectionTable(name = "negotiation_member", joinColumns = @JoinColumn(name = "negotiation_id"))
    @OrderBy("sideOrder, memberOrder")
    public List<NegotiationMember> members = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "negotiation_topic", joinColumns = @JoinColumn(name = "negotiation_id"))
    @Column(name = "topic_id", nullable = false)
    @OrderBy
    public List<String> topics = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "negotiation_document", joinColumns = @JoinColumn(name = "negotiation_id"))
    @Column(name = "document_id", nullable = false)
    @OrderBy
    public List<String> documents = new ArrayList<>();

    /** Takes the input's fields; references are checked by the service before. */
    public void assign(NegotiationInput input) {
        name = input.name();
        description = input.description();
        startsOn = input.startsOn();
        endsOn = input.endsOn();
        members.clear();
        for (int s = 0; s < input.sides().size(); s++) {
            NegotiationInput.SideInput side = input.sides().get(s);
            for (int m = 0; m < side.parties().size(); m++) {
                members.add(new NegotiationMember(side.parties().get(m), s, side.name(), m));
            }
        }
        topics.clear();
        topics.addAll(input.topics().stream().distinct().sorted().toList());
        documents.clear();
        documents.addAll(input.documents().stream().distinct().sorted().toList());
    }
}
