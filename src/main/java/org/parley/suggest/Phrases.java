package org.parley.suggest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Words and phrases matched as whole words, case-insensitively; a trailing * on a word matches any ending. */
final class Phrases {

    /** One phrase found in a text: the phrase as written in the list, and where (UTF-16 offsets). */
    record Hit(String phrase, int start, int end) {
    }

    private final WordIndex<String> index = new WordIndex<>();

    Phrases(List<String> phrases) {
        for (String phrase : phrases) {
            String first = phrase.trim().split("\\s+")[0];
            index.add(first.replace("*", ""), first.endsWith("*"), compile(phrase), phrase);
        }
    }

    static Pattern compile(String phrase) {
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
        String[] words = phrase.trim().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            boolean open = word.endsWith("*");
            if (open) {
                word = word.substring(0, word.length() - 1);
            }
            regex.append(i == 0 ? "" : "\\s+").append(Pattern.quote(word).replace("'", "\\E['’]\\Q"));
            if (open) {
                regex.append("[\\p{L}-]*");
            }
        }
        regex.append("(?![\\p{L}\\p{N}])");
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    List<Hit> find(CharSequence text) {
        List<Hit> hits = new ArrayList<>();
        for (WordIndex.Found<String> f : index.find(text)) {
            hits.add(new Hit(f.value(), f.start(), f.end()));
        }
        return hits;
    }

    /** A resource of lines "[LABEL:] phrase, phrase, ..."; # starts a comment. */
    static List<String[]> lines(String resource) {
        try (InputStream in = Phrases.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            List<String[]> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(':');
                String label = colon > 0 && line.substring(0, colon).matches("[A-Z]+(?: [A-Z]+)?") ? line.substring(0, colon) : "";
                String body = label.isEmpty() ? line : line.substring(colon + 1);
                List<String> items = new ArrayList<>();
                items.add(label);
                for (String item : body.split(",")) {
                    if (!item.isBlank()) {
                        items.add(item.strip());
                    }
                }
                lines.add(items.toArray(String[]::new));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
