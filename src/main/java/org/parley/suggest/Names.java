package org.parley.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.suggest.Profiles.PartyProfile;
import org.parley.suggest.Profiles.SpeakerProfile;

/**
 * The names a text may use for a party or its speakers: the party's name and aliases, adjectives derived from
 * them (Russia → Russian), each representative's full name and surname, and the titles of unnamed officials.
 */
final class Names {

    /** A party or speaker named in a sentence; weak when only an adjective names it. */
    record Mention(String party, String speaker, String surface, int start, int end, boolean weak) {
    }

    private record Name(String party, String speaker, Pattern pattern, boolean weak) {
    }

    private final List<Name> names = new ArrayList<>();

    Names(List<PartyProfile> parties) {
        for (PartyProfile party : parties) {
            List<String> own = new ArrayList<>(party.aliases());
            own.add(0, party.name());
            for (String name : own) {
                names.add(new Name(party.id(), null, pattern(name), false));
                String adjective = adjective(name);
                if (adjective != null) {
                    names.add(new Name(party.id(), null, pattern(adjective), true));
                }
            }
            for (SpeakerProfile speaker : party.speakers()) {
                String name = speaker.name().replaceAll("\\s*\\([^)]*\\)", "").strip();
                if (name.isEmpty()) {
                    continue;
                }
                names.add(new Name(party.id(), speaker.id(), pattern(name), false));
                String[] words = name.split("\\s+");
                boolean proper = words.length > 1 && java.util.Arrays.stream(words)
                        .allMatch(w -> Character.isUpperCase(w.charAt(0)));
                if (proper) {
                    String surname = words[words.length - 1];
                    if (surname.length() >= 3) {
                        names.add(new Name(party.id(), speaker.id(), pattern(surname), false));
                    }
                    if (words.length > 2) {
                        names.add(new Name(party.id(), speaker.id(), pattern(words[0] + " " + surname), false));
                    }
                }
            }
        }
    }

    /** The mentions in a sentence, the longest where two overlap, in order. */
    List<Mention> in(String sentence) {
        List<Mention> found = new ArrayList<>();
        for (Name name : names) {
            Matcher m = name.pattern().matcher(sentence);
            while (m.find()) {
                found.add(new Mention(name.party(), name.speaker(), m.group(), m.start(), m.end(), name.weak()));
            }
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
        String regex = "(?<![\\p{L}\\p{N}])" + lead + Pattern.quote(body).replace(" ", "\\E\\s+\\Q")
                + "(?![\\p{L}\\p{N}]|\\.\\p{L})";
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
