package org.parley.position;

import java.time.LocalDate;
import java.util.List;

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
