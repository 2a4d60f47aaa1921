package org.parley.cache;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.hibernate.Hibernate;
import org.hibernate.Interceptor;
import org.hibernate.Transaction;
import org.hibernate.type.Type;

/**
 * Notices every transaction that writes, whichever code wrote, and moves the data generation on with it, so
 * cached reads are never served past a change.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class ChangeTracking implements Interceptor {

    private static final ThreadLocal<Boolean> WROTE = ThreadLocal.withInitial(() -> false);
    /** What the transaction wrote, for those who mirror it (the search index). */
    private static final ThreadLocal<Map<String, Set<String>>> WRITTEN = ThreadLocal.withInitial(HashMap::new);

    private final DataGeneration generation;
    private final ResponseCache cache;

    private final Event<EntitiesWritten> written;
    private final Event<Committing> committing;

    public ChangeTracking(DataGeneration generation, ResponseCache cache, Event<EntitiesWritten> written,
            Event<Committing> committing) {
        this.generation = generation;
        this.cache = cache;
        this.written = written;
        this.committing = committing;
    }

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        WROTE.set(true);
        note(entity, id);
        return false;
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] current, Object[] previous, String[] names,
            Type[] types) {
        WROTE.set(true);
        note(entity, id);
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        WROTE.set(true);
        note(entity, id);
    }

    @Override
    public void onCollectionUpdate(Object collection, Object key) {
        WROTE.set(true);
    }

    @Override
    public void onCollectionRemove(Object collection, Object key) {
        WROTE.set(true);
    }

    @Override
    public void beforeTransactionCompletion(Transaction tx) {
        Map<String, Set<String>> entities = WRITTEN.get();
        if (!entities.isEmpty()) {
            committing.fire(new Committing(Map.copyOf(entities)));
        }
        if (WROTE.get()) {
            generation.moveOnInDatabase();
        }
    }

    @Override
    public void afterTransactionCompletion(Transaction tx) {
        // Mirrors first, so that no read rendered after the cache is cleared sees them as they were.
        Map<String, Set<String>> entities = WRITTEN.get();
        if (!entities.isEmpty()) {
            WRITTEN.remove();
            written.fire(new EntitiesWritten(entities));
        }
        if (WROTE.get()) {
            WROTE.set(false);
            generation.movedOn();
            cache.clear();
        }
    }

    private static void note(Object entity, Object id) {
        if (id != null) {
            WRITTEN.get().computeIfAbsent(Hibernate.getClass(entity).getSimpleName(), k -> new HashSet<>())
                    .add(id.toString());
        }
    }
}
