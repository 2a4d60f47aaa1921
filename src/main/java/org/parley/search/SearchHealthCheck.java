package org.parley.search;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while the search index is being built at start (or could not be). */
@Readiness
public class SearchHealthCheck implements HealthCheck {

    private final SearchIndex index;

    public SearchHealthCheck(SearchIndex index) {
        this.index = index;
    }

    @Override
    public HealthCheckResponse call() {
        SearchIndex.State state = index.state();
        return HealthCheckResponse.named("search-index").status(state == SearchIndex.State.READY)
                .withData("state", state.name()).build();
    }
}
