package org.parley.suggest;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.parley.position.PositionKind;

/** The cue words behind each kind, reported-speech verbs and speaker pronouns, read once from resources. */
final class Lexicon {

    static final Map<PositionKind, Phrases> KINDS = kinds();
    static final Phrases SPEECH = plain("/suggest/speech.txt");
    static final Phrases PRONOUNS = plain("/suggest/pronouns.txt");

    private Lexicon() {
    }

    private static Map<PositionKind, Phrases> kinds() {
        Map<PositionKind, Phrases> kinds = new EnumMap<>(PositionKind.class);
        for (String[] line : Phrases.lines("/suggest/cues.txt")) {
            kinds.put(PositionKind.valueOf(line[0]), new Phrases(Arrays.asList(line).subList(1, line.length)));
        }
        return kinds;
    }

    private static Phrases plain(String resource) {
        return new Phrases(Phrases.lines(resource).stream().flatMap(l -> Arrays.stream(l).skip(1)).toList());
    }

    static List<PositionKind> order() {
        return List.of(PositionKind.values());
    }
}
