package org.parley.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;
import org.parley.position.PositionKind;
import org.parley.suggest.Draft.Evidence;
import org.parley.suggest.Names.Mention;
import org.parley.suggest.Phrases.Hit;
import org.parley.suggest.Profiles.PartyProfile;
import org.parley.suggest.Profiles.TopicProfile;

/**
 * Finds the positions a text reports, sentence by sentence: who states it (a party's name, alias or speaker next
 * to reported speech, a pronoun resolved to the nearest speaker named before, or the subject of a cue word), what
 * kind it is (cue words), and its topic (the topics' terms). It knows parties and topics, never stored positions.
 * Thread-safe: one instance serves every request.
 */
public final class Suggester {

    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*");
    private static final Set<String> NAME_GLUE = Set.of("of", "for", "and", "the", "de", "von", "van");
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("(?:He|She|They)\\s");
    private static final int SPEECH_REACH = 6;
    private static final int RESOLVE_REACH = 4;

    private final Names names;
    private final Map<String, String> partyNames;
    private final List<TopicProfile> topics;
    private final List<Phrases> topicTerms;

    public Suggester(List<PartyProfile> parties, List<TopicProfile> topics) {
        this.names = new Names(parties);
        this.partyNames = new java.util.HashMap<>();
        parties.forEach(p -> partyNames.put(p.id(), p.name()));
        this.topics = List.copyOf(topics);
        this.topicTerms = topics.stream().map(t -> new Phrases(t.terms())).toList();
    }

    private record Attribution(Mention mention, String how, double weight, String newName, String newRole) {
    }

    public List<Draft> suggest(String text) {
        List<Draft> drafts = new ArrayList<>();
        List<Sentences.Sentence> sentences = Sentences.of(text);
        Mention lastSpeaker = null;
        int lastSpeakerAt = -100;
        String lastTopic = null;
        int lastTopicAt = -100;
        int lastParagraph = -1;
        CodePointIndex cp = new CodePointIndex(text);
        // Each list is matched once over the whole text, then sliced per sentence: far faster than per sentence.
        List<Mention> allMentions = names.in(text);
        List<Hit> allSpeech = sorted(Lexicon.SPEECH.find(text));
        List<Hit> allPronouns = sorted(Lexicon.PRONOUNS.find(text));
        Map<PositionKind, List<Hit>> allCues = new EnumMap<>(PositionKind.class);
        Lexicon.KINDS.forEach((kind, phrases) -> allCues.put(kind, sorted(phrases.find(text))));
        List<List<Hit>> allTerms = topicTerms.stream().map(t -> sorted(t.find(text))).toList();
        for (int i = 0; i < sentences.size(); i++) {
            Sentences.Sentence sentence = sentences.get(i);
            String s = text.substring(sentence.start(), sentence.end());
            int from = sentence.start();
            int to = sentence.end();
            Span[] tokens = Sentences.tokens(s);
            List<Mention> mentions = allMentions.stream().filter(m -> m.start() >= from && m.end() <= to)
                    .map(m -> new Mention(m.party(), m.speaker(), m.surface(), m.start() - from, m.end() - from,
                            m.weak())).toList();
            List<Hit> speech = slice(allSpeech, from, to);
            List<Hit> pronouns = slice(allPronouns, from, to);
            List<List<Hit>> termHits = allTerms.stream().map(h -> slice(h, from, to)).toList();
            Map<PositionKind, List<Hit>> cues = new EnumMap<>(PositionKind.class);
            allCues.forEach((kind, all) -> {
                List<Hit> hits = slice(all, from, to);
                if (!hits.isEmpty()) {
                    cues.put(kind, hits);
                }
            });
            boolean quoted = s.indexOf('“') >= 0 || s.indexOf('"') >= 0 || s.indexOf('”') >= 0;
            boolean opensWithQuote = s.startsWith("“") || s.startsWith("\"") || s.startsWith("‘");
            if (sentence.paragraph() != lastParagraph) {
                lastParagraph = sentence.paragraph();
            }

            boolean[] inQuote = quoted(s);
            List<Mention> outside = mentions.stream().filter(m -> !inQuote[m.start()]).toList();
            List<Hit> speechOutside = speech.stream().filter(h -> !inQuote[h.start()]).toList();
            boolean recent = lastSpeaker != null && i - lastSpeakerAt <= RESOLVE_REACH;
            Attribution attribution = reported(s, tokens, outside, speechOutside);
            if (attribution == null && recent && PRONOUN_SUBJECT.matcher(s).lookingAt()) {
                attribution = new Attribution(lastSpeaker, "a sentence opening with a pronoun, resolved to the "
                        + "nearest speaker named before (" + lastSpeaker.surface() + ")", 0.4, null, null);
            }
            if (attribution == null && recent && quoted && !speechOutside.isEmpty()
                    && outside.stream().allMatch(Mention::weak)) {
                attribution = new Attribution(lastSpeaker, "a quotation with reported speech and no other name, "
                        + "resolved to the nearest speaker named before (" + lastSpeaker.surface() + ")", 0.35,
                        null, null);
            }
            if (attribution == null && recent && pronounSpeaks(pronouns, tokens, speech)) {
                attribution = new Attribution(lastSpeaker, "a pronoun before reported speech, resolved to the "
                        + "nearest speaker named before (" + lastSpeaker.surface() + ")", 0.45, null, null);
            }
            if (attribution == null && !cues.isEmpty()) {
                attribution = subject(outside, cues);
            }
            if (attribution == null && opensWithQuote && lastSpeaker != null && i - lastSpeakerAt <= 1) {
                attribution = new Attribution(lastSpeaker, "a quotation following a statement by "
                        + lastSpeaker.surface(), 0.35, null, null);
            }
            if (attribution != null && !attribution.mention().weak()) {
                lastSpeaker = attribution.mention();
                lastSpeakerAt = i;
            } else if (!mentions.isEmpty()) {
                Mention named = mentions.stream().filter(m -> m.speaker() != null).reduce((a, b) -> b).orElse(null);
                if (named != null) {
                    lastSpeaker = named;
                    lastSpeakerAt = i;
                }
            }
            if (attribution == null) {
                continue;
            }

            List<String> terms = new ArrayList<>();
            String topic = topic(s, termHits, terms);
            if (topic == null && lastTopic != null && i - lastTopicAt <= 2) {
                topic = lastTopic;
                terms.add("(carried from the sentence before)");
            }
            if (cues.isEmpty() && terms.isEmpty()) {
                continue;
            }
            List<String> kindCues = new ArrayList<>();
            PositionKind kind = kind(cues, attribution.mention(), kindCues);
            if (topic != null && !terms.get(0).startsWith("(")) {
                lastTopic = topic;
                lastTopicAt = i;
            }

            double confidence = attribution.weight() + (cues.isEmpty() ? 0 : 0.15) + (terms.isEmpty() ? 0 : 0.15)
                    + (quoted ? 0.05 : 0) - (attribution.mention().weak() ? 0.1 : 0);
            confidence = Math.round(Math.max(0.05, Math.min(0.95, confidence)) * 100) / 100.0;
            Mention by = attribution.mention();
            String speaker = attribution.newName() == null ? by.speaker() : null;
            Evidence evidence = new Evidence(attribution.how(), by.surface(),
                    speaker != null ? by.surface() : attribution.newName(), kindCues, terms);
            drafts.add(new Draft(by.party(), speaker, attribution.newName(), attribution.newRole(), topic, kind,
                    summary(by.party(), kind, s), cp.of(sentence.start()), cp.of(sentence.end()), s, confidence,
                    evidence));
        }
        return drafts;
    }

    /** "X said", "X told reporters", "according to X", "said X": the name nearest the reported-speech verb. */
    private Attribution reported(String s, Span[] tokens, List<Mention> mentions, List<Hit> speech) {
        Attribution best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Hit verb : speech) {
            int verbToken = token(tokens, verb.start());
            for (Mention m : mentions) {
                int distance;
                boolean before = m.end() <= verb.start();
                if (before) {
                    distance = verbToken - token(tokens, m.end() - 1);
                    if (distance < 1 || distance > SPEECH_REACH) {
                        continue;
                    }
                } else if (m.start() >= verb.end()) {
                    distance = token(tokens, m.start()) - token(tokens, verb.end() - 1);
                    if (distance < 1 || distance > 3) {
                        continue;
                    }
                } else {
                    continue;
                }
                int rank = distance + (m.weak() ? 3 : 0);
                if (rank < bestDistance) {
                    bestDistance = rank;
                    String[] person = before ? newSpeaker(s, m, verb) : null;
                    best = new Attribution(m, "reported speech: “" + s.substring(Math.min(m.start(), verb.start()),
                            Math.max(m.end(), verb.end())) + "”", 0.55, person == null ? null : person[0],
                            person == null ? null : person[1]);
                }
            }
        }
        return best;
    }

    /**
     * A person the parties do not list, named between the party's name and the verb: "Russian Foreign Minister
     * Sergei Lavrov said" gives the name Sergei Lavrov and the role Russian Foreign Minister.
     */
    private static String[] newSpeaker(String s, Mention m, Hit verb) {
        if (m.speaker() != null) {
            return null;
        }
        String between = s.substring(m.end(), verb.start()).strip().replaceAll("[,;]$", "").strip();
        String[] words = between.split("\\s+");
        if (between.isEmpty() || words.length < 2) {
            return null;
        }
        for (String w : words) {
            if (!CAPITALISED.matcher(w).matches() && !NAME_GLUE.contains(w)) {
                return null;
            }
        }
        int nameWords = words.length >= 3 && words[words.length - 2].matches("\\p{Lu}\\.") ? 3 : 2;
        String name = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - nameWords, words.length));
        String role = (m.surface() + " " + String.join(" ",
                java.util.Arrays.copyOfRange(words, 0, words.length - nameWords))).strip();
        return new String[] {name, role};
    }

    /** Which characters of the sentence are inside quotation marks (curly, or straight ones paired in order). */
    private static boolean[] quoted(String s) {
        boolean[] inside = new boolean[s.length() + 1];
        boolean open = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '“' || (c == '"' && !open)) {
                open = true;
            } else if (c == '”' || c == '"') {
                open = false;
            } else {
                inside[i] = open;
            }
        }
        return inside;
    }

    /** "he said", "she told reporters", "the official added", "said the spokesman". */
    private static boolean pronounSpeaks(List<Hit> pronouns, Span[] tokens, List<Hit> speech) {
        for (Hit pronoun : pronouns) {
            for (Hit verb : speech) {
                int gap = verb.start() >= pronoun.end()
                        ? token(tokens, verb.start()) - token(tokens, pronoun.end() - 1)
                        : token(tokens, pronoun.start()) - token(tokens, verb.end() - 1);
                if (gap >= 1 && gap <= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The party named nearest before the first cue word, the subject of the statement; else the first named. */
    private static Attribution subject(List<Mention> mentions, Map<PositionKind, List<Hit>> cues) {
        if (mentions.isEmpty()) {
            return null;
        }
        int firstCue = cues.values().stream().flatMap(List::stream).mapToInt(Hit::start).min().orElseThrow();
        Mention before = mentions.stream().filter(m -> m.end() <= firstCue && !m.weak()).reduce((a, b) -> b)
                .orElse(mentions.stream().filter(m -> m.end() <= firstCue).reduce((a, b) -> b).orElse(null));
        if (before != null) {
            return new Attribution(before, "the subject of “" + before.surface() + "” before a cue word", 0.45,
                    null, null);
        }
        Mention first = mentions.stream().filter(m -> !m.weak()).findFirst().orElse(mentions.get(0));
        return new Attribution(first, "the first party named in a sentence with cue words", 0.25, null, null);
    }

    /** The topic whose terms weigh most in the sentence (a phrase weighs its word count); ties go to the first. */
    private String topic(String s, List<List<Hit>> termHits, List<String> evidence) {
        int best = -1;
        int bestScore = 0;
        List<Hit> bestHits = List.of();
        for (int t = 0; t < topics.size(); t++) {
            List<Hit> hits = termHits.get(t);
            int score = hits.stream().mapToInt(h -> h.phrase().split("\\s+").length).sum();
            if (score > bestScore) {
                best = t;
                bestScore = score;
                bestHits = hits;
            }
        }
        if (best < 0) {
            return null;
        }
        Set<String> seen = new LinkedHashSet<>();
        bestHits.stream().sorted(Comparator.comparingInt(Hit::start)).forEach(h -> seen.add(s.substring(h.start(),
                h.end())));
        evidence.addAll(seen);
        return topics.get(best).id();
    }

    /**
     * The kind whose cues weigh most; the first cue after the speaker's name (the main verb, most often) weighs
     * double. No cue: a statement.
     */
    private static PositionKind kind(Map<PositionKind, List<Hit>> cues, Mention by, List<String> evidence) {
        if (cues.isEmpty()) {
            return PositionKind.STATEMENT;
        }
        Hit main = cues.values().stream().flatMap(List::stream).filter(h -> h.start() >= by.end())
                .min(Comparator.comparingInt(Hit::start)).orElse(null);
        PositionKind best = null;
        double bestScore = 0;
        for (PositionKind kind : Lexicon.order()) {
            List<Hit> hits = cues.get(kind);
            if (hits == null) {
                continue;
            }
            double score = 0;
            for (Hit h : hits) {
                score += h.phrase().split("\\s+").length + (h.equals(main) ? 2 : 0);
            }
            if (score > bestScore) {
                best = kind;
                bestScore = score;
            }
        }
        cues.get(best).stream().sorted(Comparator.comparingInt(Hit::start))
                .forEach(h -> evidence.add(h.phrase()));
        return best;
    }

    private String summary(String party, PositionKind kind, String sentence) {
        String verb = switch (kind) {
            case DEMAND -> "demands";
            case PROPOSAL -> "proposes";
            case REJECTION -> "rejects";
            case ACCEPTANCE -> "accepts";
            case CONDITION -> "sets a condition";
            case WARNING -> "warns";
            case STATEMENT -> "states";
        };
        String body = sentence.replaceAll("^[“\"‘]+|[”\"’]+$", "").strip();
        if (body.codePointCount(0, body.length()) > 900) {
            body = body.substring(0, body.offsetByCodePoints(0, 900)) + "…";
        }
        return partyNames.getOrDefault(party, party) + " " + verb + ": " + body;
    }

    private static List<Hit> sorted(List<Hit> hits) {
        List<Hit> copy = new ArrayList<>(hits);
        copy.sort(Comparator.comparingInt(Hit::start));
        return copy;
    }

    /** The hits inside [from, to), with offsets made relative to from. */
    private static List<Hit> slice(List<Hit> sorted, int from, int to) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).start() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<Hit> slice = new ArrayList<>();
        for (int k = lo; k < sorted.size() && sorted.get(k).start() < to; k++) {
            Hit h = sorted.get(k);
            if (h.end() <= to) {
                slice.add(new Hit(h.phrase(), h.start() - from, h.end() - from));
            }
        }
        return slice;
    }

    /** The index of the token that holds (or follows) a character offset. */
    private static int token(Span[] tokens, int offset) {
        int lo = 0;
        int hi = tokens.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].getEnd() <= offset) {
                lo = mid + 1;
            } else if (tokens[mid].getStart() > offset) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return lo;
    }

    /** UTF-16 offsets to code point offsets, counted forward once for offsets that only grow. */
    private static final class CodePointIndex {
        private final String text;
        private int at;
        private int count;

        CodePointIndex(String text) {
            this.text = text;
        }

        int of(int offset) {
            if (offset < at) {
                at = 0;
                count = 0;
            }
            count += text.codePointCount(at, offset);
            at = offset;
            return count;
        }
    }

    static boolean matches(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find();
    }
}
