package org.parley.position;

/** What a change did to a position. */
public enum ChangeKind {
    CREATED, UPDATED, DELETED
}
