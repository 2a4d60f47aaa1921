package org.parley.store;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * A named lock that writes take when their check spans many records, held until the transaction ends. It is a
 * locked row, so it holds across replicas that share the database, on H2 and PostgreSQL alike.
 */
public enum WriteLock {

    /** Taken by every write that sets a position's respondsTo, so the loop check sees every other such write. */
    RESPONDS_TO("responds-to"),

    /** Taken by every write that recomputes a negotiation's topic states, before it reads which ones to recompute. */
    NEGOTIATION_STATE("negotiation-state");

    private final String name;

    WriteLock(String name) {
        this.name = name;
    }

    public void take() {
        Panache.getEntityManager().createNativeQuery("select name from write_lock where name = ?1 for update")
                .setParameter(1, name).getResultList();
    }
}
