package org.parley.api;

import java.util.Base64;
import org.parley.store.Hashes;

/**
 * Strong entity tags. A tag identifies the exact bytes of a representation, so it changes when, and only when, what
 * the client would receive changes; for an editable resource it starts with the resource's version.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(byte[] representation, Long version) {
        return of(representation, representation.length, version);
    }

    /** The tag of the representation {@code bytes[0, length)}. */
    public static String of(byte[] bytes, int length, Long version) {
        String digest = digest(bytes, length);
        return "\"" + (version == null ? digest : version + "-" + digest) + "\"";
    }

    /**
     * Whether an If-None-Match or If-Match header value names this tag (strong comparison, or {@code *}). The tag of
     * the gzip-coded representation names the same state, so it matches too.
     */
    public static boolean matches(String header, String tag) {
        if (header == null) {
            return false;
        }
        for (String candidate : header.split(",")) {
            String trimmed = Gzip.plainTag(candidate.trim());
            if (trimmed.equals("*") || trimmed.equals(tag)) {
                return true;
            }
        }
        return false;
    }

    private static String digest(byte[] bytes, int length) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Hashes.sha256(bytes, length)).substring(0, 22);
    }
}
