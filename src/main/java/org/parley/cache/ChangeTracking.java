package org.parley.cache;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Hibernate;
import org.hibernate.Interceptor;
import org.hibernate.Transaction;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.resource.transaction.spi.TransactionStatus;
import org.hibernate.type.Type;
import org.parley.cache.WriteScopes.Change;

/**
 * Notices every transaction that writes, whichever code wrote, and moves the data generation on with it, so
 * cached reads are never served past a change. It notes what the write touched, in the scopes the features say their
 * entities' changes touch ({@link WriteScopes}): a cached read that shows none of them is still current after it.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class ChangeTracking implements Interceptor {

    private static final ThreadLocal<Boolean> WROTE = ThreadLocal.withInitial(() -> false);
    /** What the transaction wrote, for those who mirror it (the search index). */
    private static final ThreadLocal<Map<String, Set<String>>> WRITTEN = ThreadLocal.withInitial(HashMap::new);
    /** The scopes the transaction touched. */
    private static final ThreadLocal<Set<String>> TOUCHED = ThreadLocal.withInitial(HashSet::new);
    /** The shared database's generation the transaction moved on to, if any. */
    private static final ThreadLocal<Long> MOVED_TO = new ThreadLocal<>();

    private final DataGeneration generation;
    private final List<WriteScopes> scopes;

    private final Event<EntitiesWritten> written;
    private final Event<Committing> committing;

    public ChangeTracking(DataGeneration generation, Instance<WriteScopes> scopes, Event<EntitiesWritten> written,
            Event<Committing> committing) {
        this.generation = generation;
        this.scopes = scopes.stream().toList();
        this.written = written;
        this.committing = committing;
    }

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        WROTE.set(true);
        note(entity, id);
        touch(entity, id, Change.PERSIST, names, null, state);
        return false;
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] current, Object[] previous, String[] names,
            Type[] types) {
        WROTE.set(true);
        note(entity, id);
        touch(entity, id, Change.UPDATE, names, previous, current);
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        WROTE.set(true);
        note(entity, id);
        touch(entity, id, Change.REMOVE, names, state, null);
    }

    @Override
    public void onCollectionRecreate(Object collection, Object key) {
        WROTE.set(true);
        touchCollection(collection, key);
    }

    @Override
    public void onCollectionUpdate(Object collection, Object key) {
        WROTE.set(true);
        touchCollection(collection, key);
    }

    @Override
    public void onCollectionRemove(Object collection, Object key) {
        WROTE.set(true);
        touchCollection(collection, key);
    }

    @Override
    public void beforeTransactionCompletion(Transaction tx) {
        Map<String, Set<String>> entities = WRITTEN.get();
        if (!entities.isEmpty()) {
            committing.fire(new Committing(Map.copyOf(entities)));
        }
        if (WROTE.get()) {
            MOVED_TO.set(generation.moveOnInDatabase());
        }
    }

    @Override
    public void afterTransactionCompletion(Transaction tx) {
        // Mirrors first, so that no read rendered after the cache is cleared sees them as they were.
        // A rolled-back write's generation may be taken by another replica's: it is not this write's to describe.
        Long movedTo = tx.getStatus() == TransactionStatus.COMMITTED ? MOVED_TO.get() : null;
        MOVED_TO.remove();
        Map<String, Set<String>> entities = WRITTEN.get();
        if (!entities.isEmpty()) {
            WRITTEN.remove();
            written.fire(new EntitiesWritten(entities, movedTo, TOUCHED.get()));
        }
        Set<String> touched = Set.copyOf(TOUCHED.get());
        TOUCHED.remove();
        if (WROTE.get()) {
            WROTE.set(false);
            generation.movedOn(touched, movedTo);
        }
    }

    private void touch(Object entity, Object id, Change change, String[] names, Object[] before, Object[] after) {
        for (WriteScopes feature : scopes) {
            Set<String> touched = feature.touched(entity, id, change, names, before, after);
            if (touched != null) {
                TOUCHED.get().addAll(touched);
                return;
            }
        }
        TOUCHED.get().add(WriteScopes.EVERYTHING);
    }

    private void touchCollection(Object collection, Object key) {
        String role = collection instanceof PersistentCollection<?> c ? c.getRole() : null;
        for (WriteScopes feature : scopes) {
            Set<String> touched = role == null ? null : feature.touchedCollection(role, key);
            if (touched != null) {
                TOUCHED.get().addAll(touched);
                return;
            }
        }
        TOUCHED.get().add(WriteScopes.EVERYTHING);
    }

    private static void note(Object entity, Object id) {
        if (id != null) {
            WRITTEN.get().computeIfAbsent(Hibernate.getClass(entity).getSimpleName(), k -> new HashSet<>())
                    .add(id.toString());
        }
    }
}
