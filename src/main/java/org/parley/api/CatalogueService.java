package org.parley.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.Locale;
import org.parley.error.DomainException;
import org.parley.store.CatalogueEntity;
import org.parley.store.Flush;

/**
 * The mechanics every catalogue of named records shares (parties, topics, negotiations): a page in id order, get
 * or 404, create (409 when the id is taken), replace and merge patch under If-Match (428, 412), and delete under
 * If-Match, refused (409) while other records refer to it unless it cascades. A feature's service extends this
 * with its {@link Catalogue} and how an input is applied to its entity.
 */
@Transactional
public abstract class CatalogueService<E extends CatalogueEntity, I, V extends Versioned> {

    private final Catalogue<E, I, V> catalogue;
    private final Representations representations;
    private final Inputs inputs;

    protected CatalogueService(Catalogue<E, I, V> catalogue, Representations representations, Inputs inputs) {
        this.catalogue = catalogue;
        this.representations = representations;
        this.inputs = inputs;
    }

    /** For the container's client proxy of a subclass, which delegates every call and uses no field. */
    protected CatalogueService() {
        this(null, null, null);
    }

    /** Sets the entity's fields from the input, after any check the feature makes (DomainException if one fails). */
    protected abstract void assign(E entity, I input);

    /** After a create or a replace has been flushed: what a feature derives from the record, in the same write. */
    protected void written(E entity) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<V> list(PageRequest request) {
        String entity = em().getMetamodel().entity(catalogue.entity()).getName();
        long total = em().createQuery("select count(*) from " + entity, Long.class).getSingleResult();
        var rows = em().createQuery("from " + entity + " order by id", catalogue.entity())
                .setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        return Page.of(rows.stream().map(catalogue.view()).toList(), request, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public V get(String id) {
        return catalogue.view().apply(require(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireExists(String id) {
        if (em().find(catalogue.entity(), id) == null) {
            throw DomainException.notFound(catalogue.noun(), id);
        }
    }

    public V create(I input) {
        String id = catalogue.inputId().apply(input);
        if (em().find(catalogue.entity(), id) != null) {
            throw DomainException.conflict("A " + catalogue.noun() + " with id '" + id + "' exists; PUT "
                    + catalogue.path() + "/" + id + " replaces it.");
        }
        E entity = catalogue.newEntity().get();
        entity.id = id;
        assign(entity, input);
        entity.persist();
        Flush.now(what(id));
        written(entity);
        return catalogue.view().apply(entity);
    }

    public V replace(String id, I input, String ifMatch) {
        Ids.requireSame(id, catalogue.inputId().apply(input));
        E entity = requireCurrent(id, ifMatch);
        assign(entity, input);
        entity.touch();
        Flush.now(what(id));
        written(entity);
        return catalogue.view().apply(entity);
    }

    public V patch(String id, JsonNode patch, String ifMatch) {
        I current = catalogue.inputOf().apply(require(id));
        return replace(id, inputs.patched(current, patch, catalogue.input()), ifMatch);
    }

    public void delete(String id, String ifMatch) {
        delete(id, ifMatch, false, null);
    }

    /** Deletes a record. One that others refer to is kept (409) unless {@code cascade}, which deletes them too. */
    public void delete(String id, String ifMatch, boolean cascade, String by) {
        E entity = requireCurrent(id, ifMatch);
        Dependents dependents = catalogue.dependents();
        long referring = dependents.count().applyAsLong(id);
        if (referring > 0 && !cascade) {
            throw DomainException.conflict(capitalised(catalogue.noun()) + " '" + id + "' has " + referring + " "
                    + dependents.noun() + "; delete them first, or delete with ?cascade=true as an admin to "
                    + "delete them too.");
        }
        if (cascade) {
            // only when asked: a record added since the count above must make the delete fail (409), not vanish.
            // The row lock comes first, as a referring write's foreign-key check takes it before its pair locks.
            em().lock(entity, LockModeType.PESSIMISTIC_WRITE);
            dependents.deleteAll().accept(id, by);
        }
        entity.delete();
        Flush.now(what(id));
    }

    private E require(String id) {
        E entity = em().find(catalogue.entity(), id);
        if (entity == null) {
            throw DomainException.notFound(catalogue.noun(), id);
        }
        return entity;
    }

    private E requireCurrent(String id, String ifMatch) {
        E entity = require(id);
        Preconditions.requireCurrent(ifMatch, representations.etag(catalogue.view().apply(entity)));
        return entity;
    }

    private String what(String id) {
        return catalogue.noun() + " '" + id + "'";
    }

    private static String capitalised(String noun) {
        return noun.substring(0, 1).toUpperCase(Locale.ROOT) + noun.substring(1);
    }

    private EntityManager em() {
        return Panache.getEntityManager(catalogue.entity());
    }
}
