package org.parley.embed;

import java.util.List;
import org.parley.api.PageShell;

/** The embed pages' Content-Security-Policy, with the configured frame-ancestors. */
final class FrameAncestors {

    /** A CSP source expression: '*', a quoted keyword, a scheme ("https:") or a host source; never a separator. */
    private static final String SOURCE = "\\*|'self'|'none'|[a-z][a-z0-9+.-]*:"
            + "|([a-z][a-z0-9+.-]*://)?[a-z0-9*.-]+(:(\\d+|\\*))?(/[^\\s;,]*)?";

    private FrameAncestors() {
    }

    static String policy(List<String> frameAncestors) {
        for (String source : frameAncestors) {
            if (!source.toLowerCase().matches(SOURCE)) {
                throw new IllegalArgumentException("parley.embed.frame-ancestors: '" + source
                        + "' is not a CSP source such as *, 'self' or https://news.example.org");
            }
        }
        return PageShell.contentSecurityPolicy(String.join(" ", frameAncestors));
    }
}
