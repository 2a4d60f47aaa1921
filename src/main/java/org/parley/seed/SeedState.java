package org.parley.seed;

import jakarta.enterprise.context.ApplicationScoped;

/** Whether the seed catalogue has been loaded, for the readiness check. */
@ApplicationScoped
public class SeedState {

    private volatile String status = "pending";
    private volatile boolean ready;

    void loaded(String summary) {
        status = summary;
        ready = true;
    }

    void disabled() {
        status = "disabled";
        ready = true;
    }

    public boolean ready() {
        return ready;
    }

    public String status() {
        return status;
    }
}
