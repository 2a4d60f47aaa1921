package org.parley.api;

import java.util.function.Function;
import java.util.function.Supplier;
import org.parley.store.CatalogueEntity;

/**
 * What {@link CatalogueService} needs to know about one kind of record: its noun ("party") and collection path for
 * messages, its entity, how a view and an input are made from it, and what refers to it.
 */
public record Catalogue<E extends CatalogueEntity, I, V extends Versioned>(
        String noun,
        String path,
        Class<E> entity,
        Supplier<E> newEntity,
        Function<E, V> view,
        Class<I> input,
        Function<E, I> inputOf,
        Function<I, String> inputId,
        Dependents dependents) {
}
