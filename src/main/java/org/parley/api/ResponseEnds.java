package org.parley.api;

import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.atomic.AtomicBoolean;

/** Work to do once a response is over, whether it was sent or its client left mid-way (no response filter runs then). */
public final class ResponseEnds {

    private ResponseEnds() {
    }

    /**
     * Runs {@code action} once, when the response ends, or at once if it has ended already: a response closed before
     * this call has run its end handlers, and one added now would never be.
     *
     * @return whether the response was still open
     */
    public static boolean onEnd(RoutingContext routing, Runnable action) {
        AtomicBoolean pending = new AtomicBoolean(true);
        Runnable once = () -> {
            if (pending.getAndSet(false)) {
                action.run();
            }
        };
        routing.addEndHandler(ended -> once.run());
        if (routing.response().closed() || routing.response().ended()) {
            once.run();
            return false;
        }
        return true;
    }
}
