package org.parley.position;

import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The JPQL where clause that selects a filter's positions, with its parameters. Queries name the position {@code p};
 * the clause's own subqueries use {@code p2} and {@code c2}. The filter's text query is not in it: the search index
 * answers that ({@link PositionTextSearch}).
 */
public record PositionWhere(List<String> clauses, Map<String, Object> params) {

    public static PositionWhere of(PositionFilter f) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!f.parties().isEmpty()) {
            clauses.add(oneOrAny("p.party.id", "parties", f.parties(), params));
        }
        if (!f.topics().isEmpty()) {
            clauses.add(oneOrAny("p.topic.id", "topics", f.topics(), params));
        }
        if (!f.kinds().isEmpty()) {
            clauses.add(oneOrAny("p.kind", "kinds", f.kinds(), params));
        }
        if (f.document() != null) {
            clauses.add("p.id in (select p2.id from Position p2 join p2.citations c2"
                    + " where c2.document.id = :document)");
            params.put("document", f.document());
        }
        if (f.speaker() != null) {
            clauses.add("p.speaker.id = :speaker");
            params.put("speaker", f.speaker());
        }
        if (f.from() != null) {
            clauses.add("p.statedOn >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            clauses.add("p.statedOn <= :to");
            params.put("to", f.to());
        }
        if (f.respondsTo() != null) {
            clauses.add("p.respondsTo.id = :respondsTo");
            params.put("respondsTo", f.respondsTo());
        }
        if (f.responsesOnly()) {
            clauses.add("p.respondsTo is not null");
        }
        return new PositionWhere(List.copyOf(clauses), Map.copyOf(params));
    }

    /** One value is compared with =: a list parameter keeps Hibernate from reusing the query's SQL translation. */
    private static String oneOrAny(String path, String name, List<?> values, Map<String, Object> params) {
        params.put(name, values.size() == 1 ? values.get(0) : values);
        return path + (values.size() == 1 ? " = :" : " in :") + name;
    }

    /** This clause and one more condition, whose named parameter is {@code name}. */
    public PositionWhere and(String clause, String name, Object value) {
        List<String> more = new ArrayList<>(clauses);
        more.add(clause);
        Map<String, Object> moreParams = new HashMap<>(params);
        moreParams.put(name, value);
        return new PositionWhere(List.copyOf(more), Map.copyOf(moreParams));
    }

    /** {@code " where …"}, or nothing when the filter selects every position. */
    public String jpql() {
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        params.forEach(query::setParameter);
        return query;
    }
}
