package org.parley.embed;

import java.util.List;

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
        return "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; "
                + "base-uri 'none'; form-action 'none'; frame-ancestors " + String.join(" ", frameAncestors);
    }
}
