package org.parley.embed;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrameAncestorsTest {

    @Test
    void listsTheConfiguredSources() {
        String policy = FrameAncestors.policy(List.of("https://news.example.org", "https://*.example.org:8443",
                "'self'"));
        assertTrue(policy.endsWith("; frame-ancestors https://news.example.org https://*.example.org:8443 'self'"),
                policy);
    }

    @Test
    void refusesWhatWouldBreakOutOfTheDirective() {
        for (String bad : new String[] {"https://a.example; script-src *", "https://a.example,https://b.example",
                "https://a.example\r\nSet-Cookie: x=y", "'unsafe-inline'", ""}) {
            assertThrows(IllegalArgumentException.class, () -> FrameAncestors.policy(List.of(bad)), bad);
        }
    }
}
