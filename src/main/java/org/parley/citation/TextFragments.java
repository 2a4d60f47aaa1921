package org.parley.citation;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;

/** Builds URL text fragments ({@code #:~:text=}) so a browser scrolls the original article to the quote. */
public final class TextFragments {

    /** Quotes longer than this many words are matched by their first and last words: {@code text=start,end}. */
    private static final int WHOLE_QUOTE_WORDS = 8;
    private static final int EDGE_WORDS = 4;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private TextFragments() {
    }

    public static String link(String url, String quote) {
        if (url == null || url.isBlank()) {
            return null;
        }
        int hash = url.indexOf('#');
        String base = hash < 0 ? url : url.substring(0, hash);
        String[] words = SPACES.split(quote.trim());
        String directive = words.length <= WHOLE_QUOTE_WORDS ? encode(String.join(" ", words))
                : encode(join(words, 0, EDGE_WORDS)) + "," + encode(join(words, words.length - EDGE_WORDS, words.length));
        return base + "#:~:text=" + directive;
    }

    private static String join(String[] words, int from, int to) {
        return String.join(" ", Arrays.copyOfRange(words, from, to));
    }

    /** Percent-encodes all but unreserved characters; '-', ',' and '&' are syntax in a text directive. */
    static String encode(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '~')) {
                out.append(c);
            } else {
                out.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
            }
        }
        return out.toString();
    }
}
