package org.parley.annotation;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parley.api.Page;
import org.parley.api.PageRequest;
import org.parley.citation.CitationView;
import org.parley.error.DomainException;
import org.parley.position.PositionFilter;
import org.parley.position.PositionQueries;
import org.parley.position.PositionTextSearch;
import org.parley.position.PositionViews.PositionView;
import org.parley.position.PositionWhere;

/** Pages through citations of the positions a filter selects, each with the position it supports. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AnnotationQueries {

    /** A citation and the position it is a citation of. */
    public record Cited(PositionView position, CitationView citation) {
    }

    /**
     * Annotations are paged by citation, which the index does not count: with a query, its matching positions are
     * looked up in the database by id, at most this many.
     */
    static final int MAX_QUERY_MATCHES = 10_000;

    private final PositionQueries positions;
    private final PositionTextSearch text;

    public AnnotationQueries(PositionQueries positions, PositionTextSearch text) {
        this.positions = positions;
        this.text = text;
    }

    /** With a document filter, only the citations of that document: those are what annotate it. */
    public Page<Cited> search(PositionFilter filter, PageRequest request) {
        PositionWhere where = filter.document() == null ? PositionWhere.of(filter)
                : PositionWhere.of(filter).and("c.document.id = :annotated", "annotated", filter.document());
        if (filter.query() != null) {
            List<String> matching = text.all(filter, MAX_QUERY_MATCHES);
            if (matching.isEmpty()) {
                return Page.of(List.of(), request, 0);
            }
            where = where.and("p.id in :matching", "matching", matching);
        }
        String from = " from Position p join p.citations c" + where.jpql();
        long total = where.bind(em().createQuery("select count(c)" + from, Long.class)).getSingleResult();
        List<Object[]> rows = total == 0 ? List.of()
                : where.bind(em().createQuery("select c.id, p.id" + from + " order by p.statedOn, p.id, c.ordinal",
                        Object[].class)).setFirstResult(request.offset()).setMaxResults(request.size())
                        .getResultList();
        return Page.of(cited(rows), request, total);
    }

    /** The citation whose id is {@code id}, a number. */
    public Cited get(String id) {
        List<Object[]> rows = !id.matches("\\d{1,18}") ? List.of()
                : em().createQuery("select c.id, p.id from Position p join p.citations c where c.id = :id",
                        Object[].class).setParameter("id", Long.parseLong(id)).getResultList();
        if (rows.isEmpty()) {
            throw DomainException.notFound("annotation", id);
        }
        return cited(rows).get(0);
    }

    /** Rows of (citation id, position id), with their positions read in one go. */
    private List<Cited> cited(List<Object[]> rows) {
        List<String> ids = rows.stream().map(r -> (String) r[1]).distinct().toList();
        Map<String, PositionView> views = positions.views(ids).stream()
                .collect(Collectors.toMap(PositionView::id, Function.identity()));
        return rows.stream().map(r -> {
            PositionView position = views.get((String) r[1]);
            CitationView citation = position.citations().stream().filter(c -> c.id() == (Long) r[0])
                    .findFirst().orElseThrow();
            return new Cited(position, citation);
        }).toList();
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
