package org.parley.topic;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.parley.store.CatalogueEntity;

/** What positions are about: NATO expansion, missile deployments, sanctions, ... */
@Entity
@Table(name = "topic")
public class Topic extends CatalogueEntity {

    public String description;

    /** Words and phrases that mark the topic in a text; suggestions find topics by them. */
    @ElementCollection
    @CollectionTable(name = "topic_term", joinColumns = @JoinColumn(name = "topic_id"))
    @OrderColumn(name = "ord")
    @Column(name = "term", nullable = false)
    public List<String> terms = new ArrayList<>();

    public void assign(TopicInput input) {
        name = input.name();
        description = input.description();
        terms.clear();
        terms.addAll(input.terms());
    }
}
