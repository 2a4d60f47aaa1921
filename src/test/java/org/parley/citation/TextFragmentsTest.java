package org.parley.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;
import org.parley.race.PropertyPlans;

/** The one-pass text fragment equals the plain statement of it: split the trimmed quote on \s+, encode the words. */
class TextFragmentsTest {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static String plainly(String url, String quote) {
        int hash = url.indexOf('#');
        String[] words = SPACES.split(quote.trim());
        String directive = words.length <= 8 ? encode(String.join(" ", words))
                : encode(String.join(" ", Arrays.copyOfRange(words, 0, 4))) + ","
                        + encode(String.join(" ", Arrays.copyOfRange(words, words.length - 4, words.length)));
        return (hash < 0 ? url : url.substring(0, hash)) + "#:~:text=" + directive;
    }

    private static String encode(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            boolean unreserved = c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '~');
            out.append(unreserved ? String.valueOf(c) : String.format("%%%02X", b & 0xff));
        }
        return out.toString();
    }

    /** Words, punctuation, every kind of whitespace and control character, accents, CJK, emoji, lone surrogates. */
    private static final Arbitrary<String> QUOTE = Arbitraries.oneOf(List.of(
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6), Arbitraries.of(" ", "  ", "\t", "\n",
                    "\u000B", "\f", "\r", "\u0001", "\u001F", "\u00A0", "\u2003", "-", ",", "&", "#", "%", "é",
                    "日本", "\uD83D\uDE00", "\uD800", "\uDC00"))).list().ofMaxSize(40)
            .map(parts -> String.join("", parts));

    @Test
    void equalsThePlainStatementForAnyQuote() {
        for (String quote : PropertyPlans.draw(QUOTE, 100, 5, 2000)) {
            String url = "https://example.org/a#b";
            assertEquals(plainly(url, quote), TextFragments.link(url, quote), quote);
        }
        assertEquals(plainly("https://example.org/", ""), TextFragments.link("https://example.org/", ""));
        assertEquals(null, TextFragments.link(" ", "a quote"));
    }
}
