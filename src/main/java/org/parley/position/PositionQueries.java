package org.parley.position;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.parley.api.Page;
import org.parley.api.PageRequest;
import org.parley.error.DomainException;
import org.parley.position.PositionViews.DemandView;
import org.parley.position.PositionViews.PositionView;

/**
 * Reads positions with everything a view shows — party, topic, speaker, the position answered, citations and their
 * documents — in a fixed number of statements whatever the page size: the page's ids, their count when the page is
 * full, then their rows in one statement ({@link PositionRows}); a search's page from the index and what its
 * positions refer to ({@link StoredPositionViews}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PositionQueries {

    private final PositionTextSearch text;

    public PositionQueries(PositionTextSearch text) {
        this.text = text;
    }

    /**
     * With a query, the index selects, counts, orders and pages, and holds the page's positions: only what they
     * refer to is read from the database.
     */
    public Page<PositionView> search(PositionFilter filter, PageRequest request) {
        if (filter.query() != null) {
            StoredPage found = text.page(filter, request);
            return Page.of(stored(found), request, found.positions().totalItems());
        }
        PositionWhere where = PositionWhere.of(filter);
        List<String> ids = where.bind(em().createQuery("select p.id from Position p" + where.jpql()
                        + " order by p.statedOn, p.id", String.class))
                .setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        // A page with some room left is the last one: it tells the total without counting.
        boolean last = ids.size() < request.size() && (!ids.isEmpty() || request.offset() == 0);
        long total = last ? request.offset() + ids.size()
                : where.bind(em().createQuery("select count(p) from Position p" + where.jpql(), Long.class))
                        .getSingleResult();
        return Page.of(views(ids), request, total);
    }

    /**
     * The scopes that decide which positions the filter selects, for {@link PositionScopes#declare}: with a query, its
     * words (any write to a position that holds none of them, before or after, leaves it out as it was), else the
     * pairs, parties or topics of {@link PositionScopes#members}; null when other things decide it.
     */
    public Collection<String> members(PositionFilter filter) {
        return filter.query() != null ? text.scopes(filter.query()) : PositionScopes.members(filter);
    }

    public PositionView get(String id) {
        List<PositionView> found = views(List.of(id));
        if (found.isEmpty()) {
            throw DomainException.notFound("position", id);
        }
        return found.get(0);
    }

    public Page<DemandView> demands(PositionFilter filter, PageRequest request) {
        Page<PositionView> demands = search(filter.withKinds(List.of(PositionKind.DEMAND)), request);
        Map<String, List<PositionView>> responses = responsesTo(demands.items().stream().map(PositionView::id).toList());
        return demands.map(d -> new DemandView(d, responses.getOrDefault(d.id(), List.of())));
    }

    public DemandView demand(String id) {
        PositionView demand = get(id);
        if (demand.kind() != PositionKind.DEMAND) {
            throw DomainException.notFound("demand", id);
        }
        return new DemandView(demand, responsesTo(List.of(id)).getOrDefault(id, List.of()));
    }

    /** Responses to each of the given positions, in date order. */
    private Map<String, List<PositionView>> responsesTo(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<String> responseIds = em().createQuery("select p.id from Position p where p.respondsTo.id in :ids"
                + " order by p.statedOn, p.id", String.class).setParameter("ids", ids).getResultList();
        return views(responseIds).stream().collect(Collectors.groupingBy(v -> v.respondsTo().id(),
                LinkedHashMap::new, Collectors.toList()));
    }

    /** The views of the page's positions as the index stores them, in its order. */
    private List<PositionView> stored(StoredPage page) {
        List<StoredPosition> positions = page.positions().items();
        Map<String, PositionView> byId = new HashMap<>(StoredPositionViews.views(em(), page));
        // What the index could not render (a reference deleted since it was read) is the database's to say.
        List<String> unresolved = positions.stream().map(StoredPosition::id).filter(id -> !byId.containsKey(id))
                .toList();
        byId.putAll(PositionRows.views(em(), unresolved));
        return inOrder(positions.stream().map(StoredPosition::id).toList(), byId);
    }

    /** The views of these positions, in the order given; unknown ids are skipped. */
    public List<PositionView> views(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return inOrder(ids, PositionRows.views(em(), ids));
    }

    /** The views of these ids in their order; an id without one is skipped. */
    private static List<PositionView> inOrder(List<String> ids, Map<String, PositionView> byId) {
        List<PositionView> views = new ArrayList<>(ids.size());
        for (String id : ids) {
            PositionView view = byId.get(id);
            if (view != null) {
                views.add(view);
            }
        }
        return views;
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
