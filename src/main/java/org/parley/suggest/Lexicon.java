package org.parley.suggest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.position.PositionKind;

/** The cue words behind each kind, reported-speech verbs and speaker pronouns, read once from resources. */
final class Lexicon {

    private static final Set<String> WEAK = new HashSet<>();
    static final Map<PositionKind, Phrases> KINDS = kinds();
    static final Phrases SPEECH = plain("/suggest/speech.txt");
    /** Boilerplate ("on condition of anonymity") whose cue words say nothing of a position. */
    static final Phrases IGNORE = new Phrases(Phrases.lines("/suggest/cues.txt").stream()
            .filter(l -> l[0].equals("IGNORE")).flatMap(l -> Arrays.stream(l).skip(1)).toList());
    static final Phrases PRONOUNS = plain("/suggest/pronouns.txt");
    private static final Set<String> OFFICIALS = Phrases.lines("/suggest/pronouns.txt").stream()
            .filter(l -> l[0].equals("OFFICIAL")).flatMap(l -> Arrays.stream(l).skip(1))
            .collect(java.util.stream.Collectors.toSet());

    private Lexicon() {
    }

    private static Map<PositionKind, Phrases> kinds() {
        Map<PositionKind, List<String>> cues = new EnumMap<>(PositionKind.class);
        for (String[] line : Phrases.lines("/suggest/cues.txt")) {
            String[] label = line[0].split(" ");
            if (label[0].equals("IGNORE")) {
                continue;
            }
            List<String> phrases = Arrays.asList(line).subList(1, line.length);
            cues.computeIfAbsent(PositionKind.valueOf(label[0]), k -> new ArrayList<>()).addAll(phrases);
            if (label.length > 1 && label[1].equals("WEAK")) {
                WEAK.addAll(phrases);
            }
        }
        Map<PositionKind, Phrases> kinds = new EnumMap<>(PositionKind.class);
        cues.forEach((kind, phrases) -> kinds.put(kind, new Phrases(phrases)));
        return kinds;
    }

    private static Phrases plain(String resource) {
        return new Phrases(Phrases.lines(resource).stream().flatMap(l -> Arrays.stream(l).skip(1)).toList());
    }

    /** A cue too common to decide a kind on its own. */
    static boolean weak(String phrase) {
        return WEAK.contains(phrase);
    }

    /** "The official", "the source", "that official": a pronoun that means an official, not just anyone. */
    static boolean official(String pronoun) {
        return OFFICIALS.contains(pronoun);
    }

    static List<PositionKind> order() {
        return List.of(PositionKind.values());
    }
}
