package org.parley.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.parley.suggest.Profiles.PartyProfile;
import org.parley.suggest.Profiles.SpeakerProfile;

/**
 * The names a text may use for a party or its speakers: the party's name and aliases, adjectives derived from
 * them (Russia → Russian), each representative's full name and surname, and the titles of unnamed officials.
 */
final class Names {

    /**
     * A party or speaker named in a sentence; weak when only an adjective names it; described when the speaker is
     * an official the text does not name ("a senior administration official").
     */
    record Mention(String party, String speaker, String surface, int start, int end, boolean weak, boolean described) {

        Mention at(int offset) {
            return new Mention(party, speaker, surface, start - offset, end - offset, weak, described);
        }
    }

    private record Name(String party, String speaker, boolean weak, boolean described) {
    }

    private final WordIndex<Name> names = new WordIndex<>();

    Names(List<PartyProfile> parties) {
        for (PartyProfile party : parties) {
            List<String> own = new ArrayList<>(party.aliases());
            own.add(0, party.name());
            for (String name : own) {
                add(new Name(party.id(), null, false, false), name);
                String adjective = adjective(name);
                if (adjective != null) {
                    add(new Name(party.id(), null, true, false), adjective);
                }
            }
            for (SpeakerProfile speaker : party.speakers()) {
                boolean described = speaker.name().matches("(?s).*\\(\\s*unnamed\\s*\\).*");
                String name = speaker.name().replaceAll("\\s*\\([^)]*\\)", "").strip();
                if (name.isEmpty()) {
                    continue;
                }
                if (described) {
                    // "Senior administration official (unnamed)" describes someone: matched in any case.
                    name = name.toLowerCase(java.util.Locale.ROOT);
                }
                add(new Name(party.id(), speaker.id(), false, described), name);
                String[] words = name.split("\\s+");
                boolean proper = words.length > 1 && java.util.Arrays.stream(words)
                        .allMatch(w -> Character.isUpperCase(w.charAt(0)));
                if (proper) {
                    String surname = words[words.length - 1];
                    if (surname.length() >= 3) {
                        add(new Name(party.id(), speaker.id(), false, false), surname);
                    }
                    if (words.length > 2) {
                        add(new Name(party.id(), speaker.id(), false, false), words[0] + " " + surname);
                    }
                }
            }
        }
    }

    /** The mentions in a sentence, the longest where two overlap, in order. */
    List<Mention> in(String sentence) {
        List<Mention> found = new ArrayList<>();
        for (WordIndex.Found<Name> f : names.find(sentence)) {
            Name name = f.value();
            found.add(new Mention(name.party(), name.speaker(), sentence.substring(f.start(), f.end()), f.start(),
                    f.end(), name.weak(), name.described()));
        }
        found.sort(Comparator.comparingInt(Mention::start).thenComparing(m -> -(m.end() - m.start())));
        List<Mention> kept = new ArrayList<>();
        int reach = -1;
        for (Mention m : found) {
            if (m.start() >= reach) {
                kept.add(m);
                reach = m.end();
            }
        }
        return kept;
    }

    private void add(Name name, String written) {
        names.add(written.strip().split("\\s+")[0], false, pattern(written), name);
    }

    /**
     * A name with capitals is matched as written (US is not "us"), except a leading "the"; a name in lower case
     * ("the alliance", "senior administration official") is matched in any case.
     */
    private static Pattern pattern(String name) {
        boolean proper = !name.equals(name.toLowerCase());
        String body = name.strip();
        String lead = "";
        if (body.startsWith("the ") && proper) {
            lead = "[Tt]he\\s+";
            body = body.substring(4);
        }
        // Not inside a compound ("the NATO-Russia Council", "Russia-NATO talks"): that names no speaker.
        String regex = "(?<![\\p{L}\\p{N}])(?<!\\p{L}-)" + lead + Pattern.quote(body).replace(" ", "\\E\\s+\\Q")
                + "(?![\\p{L}\\p{N}]|\\.\\p{L}|-\\p{Lu})";
        return proper ? Pattern.compile(regex) : Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    /** The adjective English derives from a one-word place name: Russia → Russian, Ukraine → Ukrainian. */
    private static String adjective(String name) {
        if (!name.matches("\\p{Lu}\\p{Ll}{3,}")) {
            return null;
        }
        if (name.endsWith("a")) {
            return name + "n";
        }
        if (name.endsWith("e")) {
            return name.substring(0, name.length() - 1) + "ian";
        }
        return null;
    }
}
