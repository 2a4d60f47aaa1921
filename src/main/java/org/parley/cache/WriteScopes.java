package org.parley.cache;

import java.util.Set;

/**
 * What a written entity touches, in the scopes reads declare ({@link ReadScope}). A feature that lets its reads
 * outlive unrelated writes says, for the entities it owns, which scopes each change touches; an entity nobody
 * answers for touches {@link #EVERYTHING}.
 */
public interface WriteScopes {

    /** The scope every read depends on, declared or not. */
    String EVERYTHING = "*";

    enum Change { PERSIST, UPDATE, REMOVE }

    /**
     * The scopes a change of this entity touches, from its state before and after (either null when there is none:
     * before a persist, after a remove, or when the session kept no snapshot); an empty set when it touches none a
     * read declares, null when the entity is not this one's to answer for.
     */
    Set<String> touched(Object entity, Object id, Change change, String[] names, Object[] before, Object[] after);

    /** The same for a change of a collection, by its role ({@code org.parley.position.Position.citations}). */
    default Set<String> touchedCollection(String role, Object ownerId) {
        return null;
    }
}
