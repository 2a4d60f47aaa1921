package org.parley.position;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.parley.api.PageRequest;

/** Positions found by their words (the full-text index); lists with a query ask it instead of the database. */
public interface PositionTextSearch {

    /** A page of the positions the filter selects, its query included, in the order it asks, as the index has them. */
    StoredPage page(PositionFilter filter, PageRequest request);

    /**
     * The cache scopes on which what {@code query} matches depends: writes to positions touching none of them leave
     * it as it was. Null when any write may change it.
     */
    Set<String> scopes(String query);

    /** Those of {@code among} whose summary or quotes match {@code query}. */
    Set<String> matching(String query, Collection<String> among);

    /** The ids of every position the filter selects, at most {@code limit} of them (400 beyond). */
    List<String> all(PositionFilter filter, int limit);
}
