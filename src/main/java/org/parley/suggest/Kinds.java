package org.parley.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.position.PositionKind;
import org.parley.suggest.Names.Mention;
import org.parley.suggest.Phrases.Hit;

/**
 * What kind of position a sentence states, from its cue words (the lexicons in {@link Lexicon}): which cues are the
 * speaker's own, how much each weighs, and which kind they add up to.
 */
final class Kinds {

    private static final int MAIN_VERB = 4;
    private static final double STATEMENT_BELOW = 1.5;
    private static final Pattern OWNED = Pattern.compile("(?i)(?:['’]s|\\bof|\\bwithout(?:\\s+the)?)"
            + "\\s+((?:[\\p{L}-]+\\s+){0,2})$");
    private static final Pattern VERB_BETWEEN = Pattern.compile("(?i)\\b(?:is|are|was|were|be|been|has|have|had|"
            + "will|would|can|could|should|must|may|might|do|does|did|not|to|who|that|which)\\b");
    /** Between a subject and its verb: "Russia seeks", "Russia is willing to", "Moscow has also demanded". */
    private static final Pattern OTHER_SUBJECT = Pattern.compile("(?i)\\s+(?:(?:is|are|was|were|has|have|had|will|"
            + "would|also|not|now|still|already|again|then|only|often|repeatedly)\\s+){0,3}");
    private static final Pattern PARENTHETICAL = Pattern.compile("\\s*[,.;:”\"]|\\s*$");
    private static final Pattern THAT_CLAUSE = Pattern.compile("\\s+that\\b");
    private static final Pattern MANDATIVE = Pattern.compile("(?i)\\b(?:should|must|shall|has to|have to|had to|be "
            + "allowed|not be|be given|be granted|be guaranteed)\\b");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("(?i),\\s*(?:but|while|whereas|although)\\b|;|\\s"
            + "+but\\s+|\\s+–\\s+");
    private static final Pattern SHARED_SUBJECT = Pattern.compile("(?i)(?:,|\\band|&|\\bthat)\\s+(?:(?:its|their|the|"
            + "other)\\s+)?$");
    private static final Pattern IF_BEFORE = Pattern.compile("(?i)\\b(?:if|unless|provided|once)\\s+(?:the\\s+)?$");

    private Kinds() {
    }

    /**
     * The cues that tell what the speaker does, not what another party named as their subject does: in "Russia
     * seeks to challenge…" said by a US official, "seeks" is Russia's. Under "whether" such a cue asserts nothing;
     * under "if" an acceptance or offer by the other side makes the speaker's statement a conditional offer ("we
     * can reach an understanding if Russia is willing to…").
     */
    static Map<PositionKind, List<Hit>> ownCues(String s, Map<PositionKind, List<Hit>> cues,
            List<Mention> mentions, String speaker) {
        Map<PositionKind, List<Hit>> own = new EnumMap<>(PositionKind.class);
        cues.forEach((kind, hits) -> {
            for (Hit h : hits) {
                if (assertsOnly(s, h)) {
                    continue;
                }
                Mention subject = null;
                for (Mention m : mentions) {
                    if (m.end() <= h.start() && !m.weak() && Suggester.subject(s, m)
                            && OTHER_SUBJECT.matcher(s.substring(m.end(), h.start())).matches()) {
                        subject = m;
                    }
                }
                Hit counted = h;
                PositionKind as = kind;
                if (kind == PositionKind.CONDITION && !h.phrase().equals("if")) {
                    Mention other = mentions.stream().filter(m -> m.start() >= h.end() && !m.weak()
                            && !m.party().equals(speaker) && s.substring(h.end(), m.start()).isBlank())
                            .findFirst().orElse(null);
                    if (other != null) {
                        // "once Russia de-escalates", "unless Moscow withdraws": what the other side must do first
                        // (a bare "if" more often frames a warning or an offer).
                        own.computeIfAbsent(kind, k -> new ArrayList<>())
                                .add(new Hit(h.phrase() + " " + other.surface(), h.start(), h.end()));
                        continue;
                    }
                }
                if (subject != null && !subject.party().equals(speaker)) {
                    String before = s.substring(Math.max(0, subject.start() - 12), subject.start());
                    if (SHARED_SUBJECT.matcher(before).find()) {
                        // "the United States and its partners would…", "insists that Ukraine should…": the
                        // speaker's own statement.
                        own.computeIfAbsent(kind, k -> new ArrayList<>()).add(h);
                        continue;
                    }
                    boolean offer = (kind == PositionKind.ACCEPTANCE || kind == PositionKind.PROPOSAL)
                            && IF_BEFORE.matcher(before).find();
                    if (!offer) {
                        continue;
                    }
                    as = PositionKind.PROPOSAL;
                    counted = new Hit("if " + subject.surface() + " " + h.phrase(), h.start(), h.end());
                }
                own.computeIfAbsent(as, k -> new ArrayList<>()).add(counted);
            }
        });
        return own;
    }

    /**
     * "Insist" only asserts when what follows is a plain clause ("Russia insists that its security will suffer",
     * "…, he insisted."); it demands with "should", "must", "be allowed" ("insisted that Ukraine should never join")
     * or an object ("insists on guarantees").
     */
    static boolean assertsOnly(String s, Hit h) {
        if (!h.phrase().equals("insist*")) {
            return false;
        }
        String after = s.substring(h.end());
        if (PARENTHETICAL.matcher(after).lookingAt()) {
            return true;
        }
        Matcher that = THAT_CLAUSE.matcher(after);
        return that.lookingAt() && !MANDATIVE.matcher(after).find();
    }

    /** The clause holding an offset, when the sentence has several ("…, but…", "…; …"); else null. */
    static int[] clause(String s, int at) {
        Matcher breaks = CLAUSE_BREAK.matcher(s);
        int from = 0;
        boolean several = false;
        while (breaks.find()) {
            several = true;
            if (breaks.start() > at) {
                return new int[] {from, breaks.start()};
            }
            from = breaks.end();
        }
        return several ? new int[] {from, s.length()} : null;
    }

    static Map<PositionKind, List<Hit>> within(Map<PositionKind, List<Hit>> cues, int[] span) {
        Map<PositionKind, List<Hit>> inside = new EnumMap<>(PositionKind.class);
        cues.forEach((kind, hits) -> hits.stream().filter(h -> h.start() >= span[0] && h.end() <= span[1])
                .forEach(h -> inside.computeIfAbsent(kind, k -> new ArrayList<>()).add(h)));
        return inside;
    }

    /**
     * The kind whose cues weigh most. Where cues overlap the longest counts ("would not accept"); a weak cue weighs
     * one, a strong one two and one more per further word, and the first strong cue after the speaker (the main
     * verb, most often) two more. Below two, the sentence only states: a lone "could" or "if" makes no proposal.
     */
    static PositionKind kind(String s, Map<PositionKind, List<Hit>> cues, int after, List<String> evidence) {
        List<Map.Entry<PositionKind, Hit>> all = new ArrayList<>();
        cues.forEach((kind, hits) -> hits.forEach(h -> all.add(Map.entry(kind, h))));
        all.sort(Comparator.<Map.Entry<PositionKind, Hit>>comparingInt(e -> e.getValue().start()
                - e.getValue().end()).thenComparingInt(e -> e.getValue().start()));
        List<Map.Entry<PositionKind, Hit>> kept = new ArrayList<>();
        for (Map.Entry<PositionKind, Hit> e : all) {
            Hit h = e.getValue();
            if (kept.stream().noneMatch(k -> k.getValue().start() < h.end() && h.start() < k.getValue().end())) {
                kept.add(e);
            }
        }
        Hit main = kept.stream().map(Map.Entry::getValue)
                .filter(h -> h.start() >= after && !Lexicon.weak(h.phrase()) && !someonesNoun(s, h))
                .min(Comparator.comparingInt(Hit::start)).orElse(null);
        Map<PositionKind, Double> scores = new EnumMap<>(PositionKind.class);
        for (Map.Entry<PositionKind, Hit> e : kept) {
            Hit h = e.getValue();
            double score = Lexicon.weak(h.phrase()) || someonesNoun(s, h) ? 1
                    : 1 + words(h.phrase()) + (h == main ? MAIN_VERB : 0);
            scores.merge(e.getKey(), score, Double::sum);
        }
        PositionKind best = PositionKind.STATEMENT;
        double bestScore = STATEMENT_BELOW;
        for (PositionKind kind : Lexicon.order()) {
            double score = scores.getOrDefault(kind, 0.0);
            if (score > bestScore) {
                best = kind;
                bestScore = score;
            }
        }
        PositionKind chosen = best;
        kept.stream().filter(e -> e.getKey() == chosen).map(Map.Entry::getValue)
                .sorted(Comparator.comparingInt(Hit::start)).forEach(h -> evidence.add(h.phrase()));
        return best;
    }

    /**
     * A cue used as a noun that belongs to someone ("Russia’s demands", "his requests", "the consent of", "a list of
     * proposals") names a position; it does not make the sentence one of that kind: it weighs as a weak cue.
     */
    static boolean someonesNoun(String s, Hit h) {
        if (h.phrase().indexOf(' ') >= 0) {
            return false;
        }
        Matcher owned = OWNED.matcher(s.substring(Math.max(0, h.start() - 30), h.start()));
        return owned.find() && !VERB_BETWEEN.matcher(owned.group(1)).find();
    }

    static int words(String phrase) {
        int words = 1;
        for (int i = 0; i < phrase.length(); i++) {
            words += phrase.charAt(i) == ' ' ? 1 : 0;
        }
        return words;
    }
}
