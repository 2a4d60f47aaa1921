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
    /** What may come before a sentence's subject: an opening quotation mark, "But", "However,". */
    private static final Pattern LEAD = Pattern.compile("[“\"‘]?\\s*(?:(?:But|However|And|Yet|Still|Instead|"
            + "Meanwhile|Later|Earlier|Separately|Also)\\b\\s*,?\\s*)?");
    private static final int SPEECH_REACH = 6;
    private static final Set<String> INVERTIBLE = Set.of("said", "says", "added", "adds", "according to", "stated",
            "noted", "wrote", "replied", "explained", "recalled", "continued", "insisted", "stressed", "tweeted");
    private static final int RESOLVE_REACH = 4;
    /** "The official said" may mean an official introduced several paragraphs before, whoever spoke since. */
    private static final int OFFICIAL_REACH = 40;
    private static final int MAX_JOINED = 4;
    private static final int FURTHER_TOPIC = 1;
    private static final int HEADLINE_WORDS = 20;
    private static final Set<String> PLURAL = Set.of("they", "officials", "the officials", "the government");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][”“\"’')\\]]*$|[”\"]$");
    private static final String BY_SUBJECT = "the subject of ";
    /** A sentence whose subject names no party ("The draft treaty calls for…"): the first party it names. */
    private static final String FIRST_NAMED = "the first party named";
    private static final Pattern NOT_SPEAKING = Pattern.compile("(?i)\\b(?:be|been|being|to)\\s+$");
    private static final Pattern GOVERNED = Pattern.compile("(?i)\\b(?:in|on|at|to|from|with|by|of|for|against|"
            + "about|over|into|towards?|near|around|across|between|within|without|under|after|before|than|among)"
            + "\\s+(?:the\\s+)?$");
    private static final Pattern SPEAKER_TITLE = Pattern.compile("\\s+(?:(?:senior|top|chief|deputy|foreign|"
            + "defen[cs]e|government|administration|state)\\s+)*(?:officials?|ministers?|president|government|"
            + "diplomats?|negotiators?|delegation|side|authorities|spokes(?:man|woman|person)|leaders?|envoy|"
            + "sources?|ministry|embassy)\\b");
    private static final Pattern AFTER_CLAUSE = Pattern.compile(",\\s*(?:\\p{L}+\\s+){0,2}$");
    private static final Pattern RELATIVE = Pattern.compile(",\\s+(?:who|which|whose|whom)\\b");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}");
    private static final Pattern INNER_GAP = Pattern.compile("(?i)\\s*[“\"]?\\s*(?:(?:has|have|had|also|often|"
            + "repeatedly|again|already|now|publicly|specifically|previously)\\s+){0,3}");
    private static final Pattern QUOTE_MARK = Pattern.compile("[“”\"]");
    private static final Pattern JOINED = Pattern.compile("\\s*(?:,\\s*|,?\\s*and\\s+|\\s*&\\s*)"
            + "(?:(?:its|their|the|other)\\s+)?(?:\\d+\\s+)?");

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

    private record Attribution(Mention mention, String how, double weight, String newName, String newRole,
            boolean resolved) {

        Attribution(Mention mention, String how, double weight, String newName, String newRole) {
            this(mention, how, weight, newName, newRole, false);
        }

        /** Resolved to a speaker named in an earlier sentence: the mention's offsets are not this sentence's. */
        static Attribution resolved(Mention mention, String how, double weight) {
            return new Attribution(mention, how, weight, null, null, true);
        }
    }

    public List<Draft> suggest(String text) {
        List<Draft> drafts = new ArrayList<>();
        List<Place> places = new ArrayList<>();
        List<Sentences.Sentence> sentences = statements(text, Sentences.of(text));
        Mention lastSpeaker = null;
        int lastSpeakerAt = -100;
        Mention lastPerson = null;
        int lastPersonAt = -100;
        Mention lastOfficial = null;
        int lastOfficialAt = -100;
        String lastTopic = null;
        int lastMain = -1;
        Mention lastStatedBy = null;
        boolean lastStatedAloud = false;
        int lastTopicAt = -100;
        CodePointIndex cp = new CodePointIndex(text);
        // Each list is matched once over the whole text, then sliced per sentence: far faster than per sentence.
        List<Mention> allMentions = names.in(text);
        List<Hit> allSpeech = sorted(Lexicon.SPEECH.find(text));
        List<Hit> allPronouns = sorted(Lexicon.PRONOUNS.find(text));
        Map<PositionKind, List<Hit>> allCues = new EnumMap<>(PositionKind.class);
        List<Hit> boilerplate = sorted(Lexicon.IGNORE.find(text));
        Lexicon.KINDS.forEach((kind, phrases) -> allCues.put(kind, sorted(phrases.find(text).stream()
                .filter(h -> !inside(boilerplate, h)).toList())));
        List<List<Hit>> allTerms = topicTerms.stream().map(t -> sorted(t.find(text))).toList();
        for (int i = 0; i < sentences.size(); i++) {
            Sentences.Sentence sentence = sentences.get(i);
            String s = text.substring(sentence.start(), sentence.end());
            if (headline(text, sentence)) {
                continue;
            }
            int from = sentence.start();
            int to = sentence.end();
            List<Mention> mentions = new ArrayList<>();
            for (int k = firstAt(allMentions, from); k < allMentions.size() && allMentions.get(k).start() < to; k++) {
                Mention m = allMentions.get(k);
                if (m.end() <= to) {
                    mentions.add(m.at(from));
                }
            }
            List<Hit> speech = slice(allSpeech, from, to);
            List<Hit> pronouns = slice(allPronouns, from, to);
            // Tokens only measure how far a name or pronoun stands from a reported-speech verb: none, no need.
            Span[] tokens = speech.isEmpty() || mentions.isEmpty() && pronouns.isEmpty() ? new Span[0]
                    : Sentences.tokens(s);
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

            boolean[] inQuote = quoted(s);
            List<Mention> outside = mentions.stream().filter(m -> !inQuote[m.start()]).toList();
            List<Hit> speechOutside = speech.stream().filter(h -> !inQuote[h.start()] && speaks(s, h, mentions))
                    .toList();
            // "He", "she", a further quotation: the nearest person who spoke; "the official", "the source": the
            // nearest unnamed official introduced before; "they": the nearest speaker of any kind, a party included.
            boolean plural = opensWithPlural(s, pronouns);
            Mention person = lastPerson != null && i - lastPersonAt <= RESOLVE_REACH ? lastPerson : null;
            Mention anyone = lastSpeaker != null && i - lastSpeakerAt <= RESOLVE_REACH ? lastSpeaker : null;
            Mention official = lastOfficial != null && i - lastOfficialAt <= OFFICIAL_REACH
                    && pronouns.stream().anyMatch(h -> !inQuote[h.start()] && Lexicon.official(h.phrase()))
                    ? lastOfficial : null;
            Mention antecedent = official != null ? official : plural ? anyone : person != null ? person : anyone;
            boolean recent = antecedent != null;
            Attribution attribution = reported(s, tokens, outside, speechOutside, pronouns);
            if (attribution == null && recent && opensWithPronoun(s, pronouns)) {
                attribution = Attribution.resolved(antecedent, "a sentence opening with a pronoun, resolved to the "
                        + "nearest speaker named before (" + antecedent.surface() + ")", 0.4);
            }
            if (attribution == null && recent && quoted && !speechOutside.isEmpty()
                    && outside.stream().allMatch(Mention::weak)) {
                attribution = Attribution.resolved(antecedent, "a quotation with reported speech and no other name, "
                        + "resolved to the nearest speaker named before (" + antecedent.surface() + ")", 0.35);
            }
            if (attribution == null && recent && pronounSpeaks(pronouns, tokens, speech)) {
                attribution = Attribution.resolved(antecedent, "a pronoun before reported speech, resolved to the "
                        + "nearest speaker named before (" + antecedent.surface() + ")", 0.45);
            }
            if (attribution == null && !cues.isEmpty()) {
                attribution = subject(outside.stream().filter(m -> subject(s, m)).toList(), cues);
            }
            Mention previous = person != null && i - lastPersonAt <= 1 ? person
                    : anyone != null && i - lastSpeakerAt <= 1 ? anyone : null;
            if (attribution == null && opensWithQuote && previous != null) {
                attribution = Attribution.resolved(previous, "a quotation following a statement by "
                        + previous.surface(), 0.35);
            }
            if (attribution != null && (speaks(s, attribution) || !speechOutside.isEmpty()
                    && !attribution.mention().weak())) {
                lastSpeaker = attribution.mention();
                lastSpeakerAt = i;
            }
            if (attribution != null && isOfficial(s, attribution)) {
                lastOfficial = attribution.mention();
                lastOfficialAt = i;
            } else {
                Mention described = outside.stream().filter(Mention::described).reduce((x, y) -> y).orElse(null);
                if (described != null) {
                    lastOfficial = described;
                    lastOfficialAt = i;
                }
            }
            if (attribution != null && isPerson(s, attribution)) {
                lastPerson = attribution.mention();
                lastPersonAt = i;
            } else {
                Mention named = mentions.stream().filter(m -> m.speaker() != null).reduce((x, y) -> y).orElse(null);
                if (named != null) {
                    lastPerson = named;
                    lastPersonAt = i;
                }
            }
            Place stated = lastMain >= 0 ? places.get(lastMain) : null;
            boolean goesOn = false;
            if (stated != null && lastStatedBy != null && !quoted && stated.sentence() == i - 1
                    && goesOnWith(stated, lastStatedAloud, sentence, attribution)
                    && termHits.stream().anyMatch(h -> !h.isEmpty())
                    && !opensWithOtherParty(s, outside, lastStatedBy.party())) {
                attribution = Attribution.resolved(lastStatedBy, "a sentence without a speaker of its own right "
                        + "after a statement by " + lastStatedBy.surface() + ", read as going on with it", 0.3);
                goesOn = true;
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
            PositionKind kind = Kinds.kind(s, Kinds.ownCues(s, cues, mentions, attribution.mention().party()),
                    attribution.resolved() ? 0 : attribution.mention().end(), kindCues);
            if (kindCues.isEmpty() && goesOn && drafts.get(lastMain).party().equals(attribution.mention().party())
                    && !QUOTE_MARK.matcher(drafts.get(lastMain).quote()).find()) {
                // Going on with the report before and naming no kind of its own: of the same kind. (After a
                // quotation, the kind was the quoted words'; the writer's own sentence after it is not.)
                kind = drafts.get(lastMain).kind();
                kindCues.add("(carried from the sentence before)");
            }
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
            int start = cp.of(sentence.start());
            int end = cp.of(sentence.end());
            Draft draft = new Draft(by.party(), speaker, attribution.newName(), attribution.newRole(), topic, kind,
                    summary(by.party(), kind, s), start, end, s, confidence, evidence);
            Place place = new Place(i, sentence.paragraph(), sentence.start(), sentence.end(), attribution.resolved());
            if (!continues(drafts, places, lastMain, draft, place, text)) {
                drafts.add(draft);
                places.add(place);
                lastMain = drafts.size() - 1;
            }
            lastStatedBy = by;
            lastStatedAloud = !goesOn && (attribution.how().startsWith("reported speech") || by.speaker() != null
                    || isOfficial(s, attribution) || quoted);
            if (!terms.isEmpty() && !terms.get(0).startsWith("(")) {
                for (OtherTopic other : otherTopics(s, termHits, topic)) {
                    // A clause of its own ("…, but it rejected…") says what kind of position this topic's is.
                    List<String> clauseCues = new ArrayList<>();
                    int[] clause = Kinds.clause(s, other.at());
                    PositionKind clauseKind = clause == null ? null : Kinds.kind(s, Kinds.ownCues(s,
                            Kinds.within(cues, clause), mentions, by.party()), 0, clauseCues);
                    PositionKind otherKind = clauseCues.isEmpty() ? kind : clauseKind;
                    drafts.add(new Draft(by.party(), speaker, attribution.newName(), attribution.newRole(),
                            other.id(), otherKind, summary(by.party(), otherKind, s), start, end, s,
                            Math.round(Math.max(0.05, confidence - 0.1) * 100) / 100.0, new Evidence(
                            attribution.how(), by.surface(), evidence.speakerBy(),
                            clauseCues.isEmpty() ? kindCues : clauseCues, other.terms())));
                    places.add(place);
                }
            }
            Map.Entry<Mention, PositionKind> owner = possessive(s, outside, cues);
            if (owner != null && !owner.getKey().party().equals(by.party())) {
                Mention m = owner.getKey();
                double lower = Math.round(Math.max(0.05, confidence - 0.1) * 100) / 100.0;
                drafts.add(new Draft(m.party(), m.speaker(), null, null, topic, owner.getValue(),
                        summary(m.party(), owner.getValue(), s), start, end, s, lower,
                        new Evidence("a statement reported as “" + m.surface() + "’s …”", m.surface(),
                                m.speaker() != null ? m.surface() : null, List.of(), terms)));
                places.add(new Place(i, sentence.paragraph(), sentence.start(), sentence.end(), false));
            }
            for (Mention inner : innerSpeakers(s, mentions, speech, by.party())) {
                List<String> innerCues = new ArrayList<>();
                PositionKind innerKind = Kinds.kind(s, Kinds.ownCues(s, cues, mentions, inner.party()), inner.end(),
                        innerCues);
                drafts.add(new Draft(inner.party(), inner.speaker(), null, null, topic, innerKind,
                        summary(inner.party(), innerKind, s), start, end, s,
                        Math.round(Math.max(0.05, confidence - 0.1) * 100) / 100.0,
                        new Evidence("reported speech within " + by.surface() + "’s statement: “"
                                + inner.surface() + " …”", inner.surface(), inner.speaker() != null
                                ? inner.surface() : null, innerCues, terms)));
                places.add(new Place(i, sentence.paragraph(), sentence.start(), sentence.end(), false));
            }
            if (!attribution.resolved()) {
                for (Mention with : coSubjects(s, outside, by)) {
                    drafts.add(new Draft(with.party(), with.speaker(), null, null, topic, kind,
                            summary(with.party(), kind, s), start, end, s, confidence,
                            new Evidence("named together with " + by.surface() + " (“" + with.surface() + " and "
                                    + by.surface() + "”)", with.surface(), with.speaker() != null
                                    ? with.surface() : null, kindCues, terms)));
                    places.add(new Place(i, sentence.paragraph(), sentence.start(), sentence.end(), false));
                }
            }
        }
        return drafts;
    }

    /**
     * A line of its own that does not end a sentence (a headline, a byline, a caption) reports no statement: a
     * catalogue cites the article's sentences.
     */
    private static boolean headline(String text, Sentences.Sentence sentence) {
        int lineStart = text.lastIndexOf('\n', sentence.start() - 1) + 1;
        int lineEnd = text.indexOf('\n', sentence.end());
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip();
        return line.equals(text.substring(sentence.start(), sentence.end()).strip())
                && !SENTENCE_END.matcher(line).find() && line.split("\\s+").length <= HEADLINE_WORDS;
    }

    /** Where a draft stands: its sentence's number and paragraph, its UTF-16 span, and whether it was resolved. */
    private record Place(int sentence, int paragraph, int start, int end, boolean resolved) {
    }

    /**
     * A sentence that goes on with the statement before (resolved to its speaker: "He added…", a further quotation),
     * in the same paragraph, extends that statement's draft instead of making a second one: one statement, one
     * suggestion, cited whole. A sentence of another kind than the one before is a statement of its own.
     */
    private boolean continues(List<Draft> drafts, List<Place> places, int last, Draft next, Place at, String text) {
        if (last < 0 || !at.resolved()) {
            return false;
        }
        Draft before = drafts.get(last);
        Place was = places.get(last);
        if (was.sentence() != at.sentence() - 1 || was.paragraph() != at.paragraph()
                || !before.party().equals(next.party())
                || next.kind() != PositionKind.STATEMENT && next.kind() != before.kind()
                || before.topic() != null && next.topic() != null && !before.topic().equals(next.topic())) {
            return false;
        }
        PositionKind kind = before.kind() == PositionKind.STATEMENT ? next.kind() : before.kind();
        String topic = before.topic() != null ? before.topic() : next.topic();
        String quote = text.substring(was.start(), at.end());
        Evidence e = before.evidence();
        List<String> cues = new ArrayList<>(e.kindCues());
        next.evidence().kindCues().stream().filter(c -> !cues.contains(c)).forEach(cues::add);
        List<String> terms = new ArrayList<>(e.topicTerms());
        next.evidence().topicTerms().stream().filter(t -> !terms.contains(t)).forEach(terms::add);
        drafts.set(last, new Draft(before.party(), before.speaker(), before.newSpeakerName(),
                before.newSpeakerRole(), topic, kind, summary(before.party(), kind, quote), before.start(), next.end(),
                quote, Math.max(before.confidence(), next.confidence()), new Evidence(e.attribution(), e.partyBy(),
                e.speakerBy(), cues, terms)));
        places.set(last, new Place(at.sentence(), at.paragraph(), was.start(), at.end(), was.resolved()));
        return true;
    }

    /**
     * A quotation of several sentences is one statement, attributed once ("“A. B,” she said."): a sentence that
     * leaves a quotation open is joined to the next ones of its paragraph until it closes (a few at most, as
     * copied texts sometimes lose a closing mark).
     */
    static List<Sentences.Sentence> statements(String text, List<Sentences.Sentence> sentences) {
        List<Sentences.Sentence> joined = new ArrayList<>();
        Sentences.Sentence open = null;
        int parts = 0;
        for (Sentences.Sentence next : sentences) {
            if (open != null && open.paragraph() != next.paragraph()) {
                joined.add(open);
                open = null;
            }
            Sentences.Sentence current = open == null ? next
                    : new Sentences.Sentence(open.start(), next.end(), next.paragraph());
            parts = open == null ? 1 : parts + 1;
            if (leavesQuoteOpen(text, current.start(), current.end()) && parts < MAX_JOINED) {
                open = current;
            } else {
                joined.add(current);
                open = null;
            }
        }
        if (open != null) {
            joined.add(open);
        }
        return joined;
    }

    private static boolean leavesQuoteOpen(String text, int from, int to) {
        int curly = 0;
        int straight = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '“') {
                curly++;
            } else if (c == '”') {
                curly = Math.max(0, curly - 1);
            } else if (c == '"') {
                straight++;
            }
        }
        return curly > 0 || straight % 2 == 1;
    }

    /**
     * Whether an attribution names someone who speaks, whom a later "he", "the official" or "they" may mean: a
     * person or official, or a party that is reported speaking; not a party that is only a sentence's subject.
     */
    private static boolean speaks(String s, Attribution a) {
        Mention m = a.mention();
        return a.resolved() || a.newName() != null || m.speaker() != null || a.how().startsWith("reported speech")
                && !m.weak() || SPEAKER_TITLE.matcher(s).region(m.end(), s.length()).lookingAt();
    }

    /** A person or official: a representative, a newly named person, a party's official ("US officials"). */
    private static boolean isPerson(String s, Attribution a) {
        Mention m = a.mention();
        return m.speaker() != null || a.newName() != null
                || !a.resolved() && SPEAKER_TITLE.matcher(s).region(m.end(), s.length()).lookingAt();
    }

    /**
     * An official the text does not name, whom a later "the official" or "the source" means: a described speaker
     * ("a senior administration official") or a party's officials ("US officials said").
     */
    private static boolean isOfficial(String s, Attribution a) {
        Mention m = a.mention();
        return m.described() || !a.resolved() && m.speaker() == null
                && SPEAKER_TITLE.matcher(s).region(m.end(), s.length()).lookingAt();
    }

    /**
     * Whether a sentence right after a statement goes on with it: it has no speaker of its own, or its subject names
     * no party ("The draft treaty calls for…", which went to the first party named), in the same paragraph; or, with
     * no speaker of its own, it opens the next paragraph after a statement said aloud (not itself a going-on).
     */
    private static boolean goesOnWith(Place stated, boolean aloud, Sentences.Sentence sentence, Attribution own) {
        boolean sameParagraph = sentence.paragraph() == stated.paragraph();
        if (own != null) {
            return sameParagraph && own.how().startsWith(FIRST_NAMED);
        }
        return sameParagraph || aloud && sentence.paragraph() == stated.paragraph() + 1;
    }

    /** "Moscow has placed…", "Putin invaded…": a sentence about what another party did. */
    private static boolean opensWithOtherParty(String s, List<Mention> mentions, String party) {
        Matcher lead = LEAD.matcher(s);
        int at = lead.lookingAt() ? lead.end() : 0;
        return mentions.stream().anyMatch(m -> m.start() == at && !m.party().equals(party)
                && !POSSESSIVE.matcher(s).region(m.end(), s.length()).lookingAt());
    }

    /** "They said…", "Officials added…": a speaker in the plural, who may be a party. */
    private static boolean opensWithPlural(String s, List<Hit> pronouns) {
        Matcher lead = LEAD.matcher(s);
        int at = lead.lookingAt() ? lead.end() : 0;
        return pronouns.stream().anyMatch(h -> h.start() == at && PLURAL.contains(h.phrase()));
    }

    /** A verb that reports speech here: not part of a name ("United States"), passive or infinitive ("to say"). */
    private static boolean speaks(String s, Hit verb, List<Mention> mentions) {
        if (mentions.stream().anyMatch(m -> m.start() < verb.end() && verb.start() < m.end())) {
            return false;
        }
        return !NOT_SPEAKING.matcher(s.substring(Math.max(0, verb.start() - 12), verb.start())).find();
    }

    /**
     * A name can be a subject unless a preposition governs it ("in Ukraine", "by the United States"), and an
     * adjective only before a speaker's title ("Russian officials", not "Russian entities").
     */
    static boolean subject(String s, Mention m) {
        if (GOVERNED.matcher(s.substring(Math.max(0, m.start() - 14), m.start())).find()) {
            return false;
        }
        return !m.weak() || SPEAKER_TITLE.matcher(s).region(m.end(), s.length()).lookingAt();
    }

    /**
     * Where a relative clause between a subject and its verb begins ("Putin, who has bolstered troops along the
     * border, has expressed…"), or -1: names inside the clause are not the subject.
     */
    private static int appositive(String s, Hit verb) {
        String before = s.substring(0, verb.start());
        if (!AFTER_CLAUSE.matcher(before).find()) {
            return -1;
        }
        Matcher m = RELATIVE.matcher(before);
        int at = -1;
        while (m.find()) {
            at = m.start();
        }
        return at;
    }

    /** "X said", "X told reporters", "according to X", "said X": the name nearest the reported-speech verb. */
    private Attribution reported(String s, Span[] tokens, List<Mention> mentions, List<Hit> speech,
            List<Hit> pronouns) {
        Attribution best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Hit verb : speech) {
            int verbToken = token(tokens, verb.start());
            boolean subjectBefore = pronouns.stream().anyMatch(p -> p.end() <= verb.start()
                    && verbToken - token(tokens, p.end() - 1) <= 2);
            if (subjectBefore) {
                continue;
            }
            int clause = appositive(s, verb);
            for (Mention m : mentions) {
                int distance;
                boolean before = m.end() <= verb.start();
                if (before) {
                    if (clause >= 0 && m.start() >= clause || !subject(s, m)) {
                        continue;
                    }
                    distance = clause >= 0 && m.end() <= clause && clause - m.end() <= 2 ? 1
                            : verbToken - token(tokens, m.end() - 1);
                    if (distance < 1 || distance > SPEECH_REACH) {
                        continue;
                    }
                } else if (m.start() >= verb.end() && invertible(verb) && !subjectBefore) {
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
     * A party's own statement reported inside another's: "rejected Moscow’s insistence that…", "Russia’s request
     * that…". The possessive must be followed (within two words) by a strong cue.
     */
    private static Map.Entry<Mention, PositionKind> possessive(String s, List<Mention> mentions,
            Map<PositionKind, List<Hit>> cues) {
        for (Mention m : mentions) {
            if (m.weak()) {
                continue;
            }
            Matcher own = POSSESSIVE.matcher(s).region(m.end(), s.length());
            if (!own.lookingAt()) {
                continue;
            }
            for (Map.Entry<PositionKind, List<Hit>> e : cues.entrySet()) {
                for (Hit h : e.getValue()) {
                    if (h.start() >= m.end() && h.start() <= own.end() && !Lexicon.weak(h.phrase())) {
                        return Map.entry(m, e.getKey());
                    }
                }
            }
        }
        return null;
    }

    /**
     * The other parties a statement's subject is named with ("Both Washington and NATO rejected", "the US and its
     * allies say"): each stated it too.
     */
    private static List<Mention> coSubjects(String s, List<Mention> mentions, Mention by) {
        List<Mention> with = new ArrayList<>();
        int at = mentions.indexOf(by);
        if (at < 0) {
            return with;
        }
        for (int k = at - 1; k >= 0; k--) {
            Mention m = mentions.get(k);
            if (!JOINED.matcher(s.substring(m.end(), mentions.get(k + 1).start())).matches()) {
                break;
            }
            addOther(with, m, by);
        }
        for (int k = at + 1; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (!JOINED.matcher(s.substring(mentions.get(k - 1).end(), m.start())).matches()) {
                break;
            }
            addOther(with, m, by);
        }
        return with;
    }

    private static void addOther(List<Mention> with, Mention m, Mention by) {
        if (!m.weak() && !m.party().equals(by.party()) && with.stream().noneMatch(w -> w.party().equals(m.party()))) {
            with.add(m);
        }
    }

    /** "said X", "according to X": verbs that name their speaker after them (not "warned X", "told X"). */
    private static boolean invertible(Hit verb) {
        return INVERTIBLE.contains(verb.phrase());
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

    /** "He warned…", "But the official added…", "The source said…": a sentence whose subject is a pronoun. */
    private static boolean opensWithPronoun(String s, List<Hit> pronouns) {
        Matcher lead = LEAD.matcher(s);
        int at = lead.lookingAt() ? lead.end() : 0;
        return pronouns.stream().anyMatch(h -> h.start() == at);
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
            return new Attribution(before, BY_SUBJECT + "“" + before.surface() + "” before a cue word", 0.45,
                    null, null);
        }
        Mention first = mentions.stream().filter(m -> !m.weak()).findFirst().orElse(mentions.get(0));
        return new Attribution(first, FIRST_NAMED + " in a sentence with cue words", 0.25, null, null);
    }

    /** The topic whose terms weigh most in the sentence (a phrase weighs its word count); ties go to the first. */
    private String topic(String s, List<List<Hit>> termHits, List<String> evidence) {
        int best = -1;
        int bestScore = 0;
        List<Hit> bestHits = List.of();
        for (int t = 0; t < topics.size(); t++) {
            List<Hit> hits = termHits.get(t);
            int score = hits.stream().map(Hit::phrase).distinct().mapToInt(Kinds::words).sum();
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
     * Other parties the statement reports speaking ("“Russia says its security is under threat,” an official told
     * reporters", "the official said that Moscow “also expressed interest in…”"): each made a statement of its own.
     */
    private static List<Mention> innerSpeakers(String s, List<Mention> mentions, List<Hit> speech, String speaker) {
        List<Mention> inner = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.weak() || m.party().equals(speaker) || !subject(s, m)
                    || inner.stream().anyMatch(x -> x.party().equals(m.party()))) {
                continue;
            }
            for (Hit verb : speech) {
                if (verb.start() >= m.end() && INNER_GAP.matcher(s.substring(m.end(), verb.start())).matches()
                        && speaks(s, verb, mentions)) {
                    inner.add(m);
                    break;
                }
            }
        }
        return inner;
    }

    /**
     * The further topics a sentence is about, besides the one whose terms weigh most: one statement may list
     * several positions ("wants binding guarantees, no further NATO expansion and the withdrawal of troops"). A
     * further topic counts when its own terms (not overlapping the chosen topic's) weigh at least
     * {@link #FURTHER_TOPIC}.
     */
    private record OtherTopic(String id, List<String> terms, int at) {
    }

    private List<OtherTopic> otherTopics(String s, List<List<Hit>> termHits, String chosen) {
        List<Hit> taken = new ArrayList<>();
        for (int t = 0; t < topics.size(); t++) {
            if (topics.get(t).id().equals(chosen)) {
                taken.addAll(termHits.get(t));
            }
        }
        List<OtherTopic> others = new ArrayList<>();
        for (int t = 0; t < topics.size(); t++) {
            if (topics.get(t).id().equals(chosen)) {
                continue;
            }
            List<Hit> own = termHits.get(t).stream().filter(h -> taken.stream()
                    .noneMatch(k -> k.start() < h.end() && h.start() < k.end())).toList();
            int score = own.stream().map(Hit::phrase).distinct().mapToInt(Kinds::words).sum();
            if (score >= FURTHER_TOPIC) {
                Set<String> seen = new LinkedHashSet<>();
                own.forEach(h -> seen.add(s.substring(h.start(), h.end())));
                others.add(new OtherTopic(topics.get(t).id(), List.copyOf(seen), own.get(0).start()));
            }
        }
        return others;
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

    /** Whether a hit overlaps one of the sorted spans. */
    private static boolean inside(List<Hit> spans, Hit h) {
        int k = Math.max(0, firstStart(spans, h.start()) - 1);
        for (; k < spans.size() && spans.get(k).start() < h.end(); k++) {
            if (spans.get(k).end() > h.start()) {
                return true;
            }
        }
        return false;
    }

    private static int firstStart(List<Hit> hits, int from) {
        int lo = 0;
        int hi = hits.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (hits.get(mid).start() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first mention that starts at or after an offset (mentions are in order). */
    private static int firstAt(List<Mention> mentions, int from) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).start() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
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
