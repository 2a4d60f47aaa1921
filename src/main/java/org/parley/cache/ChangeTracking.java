package org.parley.cache;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
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

    private final DataGeneration generation;
    private final ResponseCache cache;

    public ChangeTracking(DataGeneration generation, ResponseCache cache) {
        this.generation = generation;
        this.cache = cache;
    }

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        WROTE.set(true);
        return false;
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] current, Object[] previous, String[] names,
            Type[] types) {
        WROTE.set(true);
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        WROTE.set(true);
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
        if (WROTE.get()) {
            generation.moveOnInDatabase();
        }
    }

    @Override
    public void afterTransactionCompletion(Transaction tx) {
        if (WROTE.get()) {
            WROTE.set(false);
            generation.movedOn();
            cache.clear();
        }
    }
}
