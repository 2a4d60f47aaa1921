package org.parley.topic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.parley.store.TrackedEntity;

/** What positions are about: NATO expansion, missile deployments, sanctions, ... */
@Entity
@Table(name = "topic")
public class Topic extends TrackedEntity {

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    public String description;

    public void assign(TopicInput input) {
        name = input.name();
        description = input.description();
    }
}
