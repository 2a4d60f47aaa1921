package org.parley.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.QueryTimeoutImpl;

/**
 * When a search must give up: {@code parley.search.timeout} after it starts. A bean of its own so that a test can
 * hand out deadlines already past and see the 503 without timing anything.
 */
@ApplicationScoped
public class SearchDeadlines {

    public QueryTimeout start(Duration limit) {
        return new QueryTimeoutImpl(limit.toMillis());
    }
}
