package org.parley.seed;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready until the seed catalogue is loaded (the database check comes with the datasource). */
@Readiness
public class SeedHealthCheck implements HealthCheck {

    private final SeedState state;

    public SeedHealthCheck(SeedState state) {
        this.state = state;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("seeds").status(state.ready()).withData("seeds", state.status()).build();
    }
}
