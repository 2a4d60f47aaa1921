package org.parley.seed;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Whether the seed catalogue has been loaded, and the entries it skipped for conflicting with users' data. */
@ApplicationScoped
public class SeedState {

    private volatile String status = "pending";
    private volatile boolean ready;
    private volatile List<String> conflicts = List.of();

    void loaded(String summary) {
        status = summary;
        ready = true;
    }

    void disabled() {
        status = "disabled";
        ready = true;
    }

    void conflicts(List<String> skipped) {
        conflicts = List.copyOf(skipped);
    }

    public boolean ready() {
        return ready;
    }

    public String status() {
        return status;
    }

    public List<String> conflicts() {
        return conflicts;
    }
}
