package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.configuration.MemorySize;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.error.DomainException;
import org.parley.ingest.LocalSite.Reply;

/** Server-side request forgery is refused before any connection, and on every redirect. */
class PageFetcherTest {

    private static IngestConfig config(boolean allowPrivate) {
        return config(() -> allowPrivate);
    }

    private static IngestConfig config(java.util.function.BooleanSupplier allowPrivate) {
        return new IngestConfig() {
            public Duration connectTimeout() {
                return Duration.ofSeconds(2);
            }

            public Duration readTimeout() {
                return Duration.ofSeconds(5);
            }

            public MemorySize maxBytes() {
                return new MemorySize(java.math.BigInteger.valueOf(65536));
            }

            public int maxRedirects() {
                return 3;
            }

            public boolean allowPrivateAddresses() {
                return allowPrivate.getAsBoolean();
            }

            public String userAgent() {
                return "test";
            }
        };
    }

    @Test
    void nonPublicAddressesAreRefused() throws Exception {
        for (String address : List.of("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
                "0.0.0.0", "100.64.0.1", "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fc00::1",
                "fd12:3456::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "64:ff9b::a9fe:a9fe",
                "2002:0a00:0001::1")) {
            assertNotNull(PublicAddresses.refusal(InetAddress.getByName(address)), address + " is not public");
        }
        for (String address : List.of("93.184.215.14", "8.8.8.8", "2606:4700:4700::1111", "1.1.1.1")) {
            assertNull(PublicAddresses.refusal(InetAddress.getByName(address)), address + " is public");
        }
    }

    @Test
    void aLocalServerIsRefusedUnlessAllowed() throws Exception {
        try (LocalSite site = new LocalSite()) {
            String url = site.put("/page", Reply.html("<p>hello</p>"));
            DomainException refused = assertThrows(DomainException.class,
                    () -> new PageFetcher(config(false)).fetch(url));
            assertEquals(DomainException.Kind.INVALID_CONTENT, refused.kind());
            assertTrue(refused.getMessage().contains("loopback"), refused.getMessage());
            assertEquals("<p>hello</p>", new String(new PageFetcher(config(true)).fetch(url).body()));
            DomainException named = assertThrows(DomainException.class,
                    () -> new PageFetcher(config(false)).fetch("http://localhost:" + url.split(":")[2]));
            assertEquals(DomainException.Kind.INVALID_CONTENT, named.kind(), "a name is resolved and its address checked");
        }
    }

    @Test
    void aRedirectToAPrivateAddressIsRefused() throws Exception {
        try (LocalSite site = new LocalSite()) {
            String url = site.put("/hop", Reply.redirect("http://169.254.169.254/latest/meta-data/"));
            DomainException refused = assertThrows(DomainException.class,
                    () -> new PageFetcher(config(firstHopOnly())).fetch(url));
            assertEquals(DomainException.Kind.INVALID_CONTENT, refused.kind());
            assertTrue(refused.getMessage().contains("169.254.169.254"), refused.getMessage());
        }
    }

    /** Allows the first hop (the test's own server), then checks as in production. */
    private static java.util.function.BooleanSupplier firstHopOnly() {
        int[] calls = {0};
        return () -> calls[0]++ == 0;
    }

    @Test
    void onlyHttpAndHttpsAreFetched() {
        for (String url : List.of("file:///etc/passwd", "ftp://example.org/", "gopher://example.org/",
                "http://user:pw@example.org/", "http:///nohost")) {
            assertEquals(DomainException.Kind.INVALID_CONTENT, assertThrows(DomainException.class,
                    () -> new PageFetcher(config(false)).fetch(url)).kind(), url);
        }
    }
}
