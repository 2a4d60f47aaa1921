package org.parley.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Gzip content coding for larger reads. A read is compressed once, when it is rendered, and kept that way by the
 * response cache: a dashboard's matrix shrinks to a fraction of its size and is served without compressing again.
 */
public final class Gzip {

    /** Smaller bodies fit a packet or two as they are; compressing them would cost more than it saves. */
    public static final int MIN_SIZE = 1024;
    /**
     * A body rendered for one reader alone, not kept by the response cache, is compressed from this size. A smaller
     * one arrives within TCP's initial window (RFC 6928: ten segments of 1,460 bytes, headers included) either way,
     * so compressing it saves no round trip, only bytes, and would be paid again on every read: it was a fifth of the
     * CPU of an uncached read of a position. A kept body is compressed once, so it is from {@link #MIN_SIZE}.
     */
    public static final int MIN_SIZE_NOT_KEPT = 14_000;
    public static final String CODING = "gzip";
    /** Ends the ETag of a compressed representation, which is another representation of the same state. */
    private static final String TAG_SUFFIX = ".gz\"";

    private Gzip() {
    }

    /** Whether an Accept-Encoding header allows gzip (RFC 9110 §12.5.3: listed, or {@code *}, with q above 0). */
    public static boolean accepted(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        Boolean wildcard = null;
        for (String element : acceptEncoding.split(",")) {
            String[] parts = element.split(";");
            String coding = parts[0].trim().toLowerCase(Locale.ROOT);
            boolean allowed = quality(parts) > 0;
            if (coding.equals(CODING) || coding.equals("x-gzip")) {
                return allowed;
            }
            if (coding.equals("*")) {
                wildcard = allowed;
            }
        }
        return Boolean.TRUE.equals(wildcard);
    }

    /** Whether a body of this type and size is worth compressing, once if it is kept or on every read if not. */
    public static boolean worthIt(int length, String contentType, boolean kept) {
        if (length < (kept ? MIN_SIZE : MIN_SIZE_NOT_KEPT) || contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || type.contains("json") || type.contains("xml") || type.contains("csv")
                || type.startsWith("application/javascript");
    }

    /** Writes the gzip coding of {@code body[0, length)} to {@code out}. */
    public static void compress(byte[] body, int length, OutputStream out) {
        try (GZIPOutputStream gzip = new FastGzipStream(out)) {
            gzip.write(body, 0, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] decompress(byte[] gzip) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tag of the compressed representation of the bytes tagged {@code tag}. */
    public static String tag(String tag) {
        return tag.substring(0, tag.length() - 1) + TAG_SUFFIX;
    }

    /** The reverse of {@link #tag}: the plain representation's tag, or {@code tag} itself when it is one. */
    static String plainTag(String tag) {
        return tag.endsWith(TAG_SUFFIX) ? tag.substring(0, tag.length() - TAG_SUFFIX.length()) + "\"" : tag;
    }

    private static double quality(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String parameter = parameters[i].trim();
            if (parameter.startsWith("q=") || parameter.startsWith("Q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2).trim());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    /** Best speed: JSON repeats itself so much that harder work saves little, and the first reader waits for it. */
    private static final class FastGzipStream extends GZIPOutputStream {
        FastGzipStream(OutputStream out) throws IOException {
            super(out, 8192);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
