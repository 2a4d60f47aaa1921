package org.parley.position;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Which positions a list holds. Empty lists and nulls mean "any"; several values of one filter mean "any of them";
 * different filters must all hold.
 */
public record PositionFilter(
        List<String> parties,
        List<String> topics,
        List<PositionKind> kinds,
        String document,
        String speaker,
        List<String> words,
        LocalDate from,
        LocalDate to,
        String respondsTo,
        boolean responsesOnly) {

    public static final PositionFilter ANY =
            new PositionFilter(List.of(), List.of(), List.of(), null, null, List.of(), null, null, null, false);

    /** Whether a position in this state passes the filter; for states that are not in the database any more. */
    public boolean test(PositionState s) {
        return (parties.isEmpty() || parties.contains(s.party()))
                && (topics.isEmpty() || topics.contains(s.topic()))
                && (kinds.isEmpty() || kinds.contains(s.kind()))
                && (document == null || s.citations().stream().anyMatch(c -> c.document().equals(document)))
                && (speaker == null || speaker.equals(s.speaker()))
                && (from == null || !s.statedOn().isBefore(from))
                && (to == null || !s.statedOn().isAfter(to))
                && (respondsTo == null || respondsTo.equals(s.respondsTo()))
                && (!responsesOnly || s.respondsTo() != null)
                && words.stream().allMatch(w -> s.summary().toLowerCase(Locale.ROOT).contains(w)
                        || s.citations().stream().anyMatch(c -> c.quote().toLowerCase(Locale.ROOT).contains(w)));
    }

    public PositionFilter withParty(String party) {
        return new PositionFilter(List.of(party), topics, kinds, document, speaker, words, from, to, respondsTo,
                responsesOnly);
    }

    public PositionFilter withTopic(String topic) {
        return new PositionFilter(parties, List.of(topic), kinds, document, speaker, words, from, to, respondsTo,
                responsesOnly);
    }

    public PositionFilter withDocument(String id) {
        return new PositionFilter(parties, topics, kinds, id, speaker, words, from, to, respondsTo, responsesOnly);
    }

    public PositionFilter withKinds(List<PositionKind> only) {
        return new PositionFilter(parties, topics, only, document, speaker, words, from, to, respondsTo,
                responsesOnly);
    }

    public PositionFilter onlyResponses() {
        return new PositionFilter(parties, topics, kinds, document, speaker, words, from, to, respondsTo, true);
    }
}
