package org.parley.seed;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready until the seed catalogue is loaded (the database check comes with the datasource). Entries skipped
 * for conflicting with users' data are listed in the details; they do not make the service unready.
 */
@Readiness
public class SeedHealthCheck implements HealthCheck {

    private final SeedState state;

    public SeedHealthCheck(SeedState state) {
        this.state = state;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("seeds").status(state.ready())
                .withData("seeds", state.status()).withData("conflicts", state.conflicts().size());
        for (int i = 0; i < state.conflicts().size(); i++) {
            response.withData("conflict-" + (i + 1), state.conflicts().get(i));
        }
        return response.build();
    }
}
