package org.parley.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What every editable record keeps: an optimistic-locking version (also its ETag), when it was created and last
 * changed, and, for records the seed catalogue owns, the hash of the catalogue entry it was last loaded from.
 */
@MappedSuperclass
public abstract class TrackedEntity extends PanacheEntityBase {

    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "seed_hash")
    public String seedHash;

    @PrePersist
    void onCreate() {
        createdAt = now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = now();
    }

    /** Marks an accepted change: the version moves on even when no field differs, so every change has a version. */
    public void touch() {
        updatedAt = now();
    }

    /** Microseconds: what both databases keep, so a value read back equals the value written. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
