package org.parley.dashboard;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parley.api.Page;
import org.parley.api.PageRequest;
import org.parley.dashboard.TimelineViews.TimelineEdge;
import org.parley.dashboard.TimelineViews.TimelineView;
import org.parley.position.PositionFilter;
import org.parley.position.PositionQueries;
import org.parley.position.PositionTextSearch;
import org.parley.position.PositionViews.PositionView;
import org.parley.position.PositionWhere;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TimelineQueries {

    private final PositionQueries positions;
    private final PositionTextSearch text;

    public TimelineQueries(PositionQueries positions, PositionTextSearch text) {
        this.positions = positions;
        this.text = text;
    }

    public TimelineView timeline(PositionFilter filter, PageRequest request) {
        Page<PositionView> page = positions.search(filter, request);
        List<TimelineEdge> answers = page.items().stream().filter(p -> p.respondsTo() != null)
                .map(p -> new TimelineEdge(p.id(), p.respondsTo().id())).toList();
        Set<String> included = included(filter, answers.stream().map(TimelineEdge::to).toList());
        return TimelineView.of(page, answers.stream().filter(e -> included.contains(e.to())).toList());
    }

    /** Those of the given positions that the filter selects. */
    private Set<String> included(PositionFilter filter, List<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        PositionWhere where = PositionWhere.of(filter).and("p.id in :candidates", "candidates", ids);
        Set<String> included = new HashSet<>(where.bind(Panache.getEntityManager()
                .createQuery("select p.id from Position p" + where.jpql(), String.class)).getResultList());
        if (filter.query() != null && !included.isEmpty()) {
            included.retainAll(text.matching(filter.query(), included));
        }
        return included;
    }
}
