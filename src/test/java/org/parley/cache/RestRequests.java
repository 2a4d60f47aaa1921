package org.parley.cache;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Counts the requests that reach Quarkus REST: those the early path served never do. Test code only. */
public class RestRequests {

    static final AtomicLong COUNT = new AtomicLong();

    @ServerRequestFilter(preMatching = true)
    public void count(ContainerRequestContext request) {
        COUNT.incrementAndGet();
    }
}
