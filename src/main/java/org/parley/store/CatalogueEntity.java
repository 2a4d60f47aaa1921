package org.parley.store;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** A record a client names: its id is chosen on creation (a slug such as "russia") and never changes. */
@MappedSuperclass
public abstract class CatalogueEntity extends TrackedEntity {

    @Id
    public String id;

    @Column(nullable = false)
    public String name;
}
