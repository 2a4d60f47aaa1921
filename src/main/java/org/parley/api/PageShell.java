package org.parley.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The HTML pages Parley serves itself (the embeddable widget, the editor's review page): a shell from the class path
 * that loads the shared {@code /assets/page.js}, then the page's own script and style, which build the page from the
 * public API. Static files are served as cacheable for a day, so the shell names its assets with a version taken
 * from their content: a new version of an asset has a new URL.
 */
public final class PageShell {

    /** The helpers every page's script uses (elements from data, safe links). */
    public static final String SHARED_SCRIPT = "META-INF/resources/assets/page.js";

    private PageShell() {
    }

    /** A class-path resource as text. */
    public static String read(String resource) {
        try (InputStream in = PageShell.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version of a page's assets (its own and the shared script): 16 hex digits of their SHA-256. */
    public static String assetsVersion(String... ownAssets) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String asset : ownAssets) {
                digest.update(read(asset).getBytes(StandardCharsets.UTF_8));
            }
            digest.update(read(SHARED_SCRIPT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Only the service's own scripts, styles, images and API, no forms, and framing by {@code frameAncestors}. */
    public static String contentSecurityPolicy(String frameAncestors) {
        return "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; "
                + "base-uri 'none'; form-action 'none'; frame-ancestors " + frameAncestors;
    }

    /** The page with its policy, and no Referer sent to the links it opens; a page adds its own headers. */
    public static RestResponse.ResponseBuilder<String> ok(String html, String contentSecurityPolicy) {
        return RestResponse.ResponseBuilder.ok(html)
                .header("Content-Security-Policy", contentSecurityPolicy)
                .header("Referrer-Policy", "no-referrer");
    }
}
