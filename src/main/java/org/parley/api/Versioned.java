package org.parley.api;

/** A representation of an editable resource: its id names it, its version leads its ETag. */
public interface Versioned {

    String id();

    long version();
}
