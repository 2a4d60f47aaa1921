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
        String query,
        LocalDate from,
        LocalDate to,
        String respondsTo,
        boolean responsesOnly,
        boolean byRelevance) {

    public static final PositionFilter ANY =
            new PositionFilter(List.of(), List.of(), List.of(), null, null, null, null, null, null, false, false);

    /**
     * Whether a position in this state passes the filter; for states that are not in the database any more (and so
     * not in the search index): the query's words must each appear, in any case, in the summary or a quote.
     */
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
                && words().stream().allMatch(w -> s.summary().toLowerCase(Locale.ROOT).contains(w)
                        || s.citations().stream().anyMatch(c -> c.quote().toLowerCase(Locale.ROOT).contains(w)));
    }

    public PositionFilter withParty(String party) {
        return new PositionFilter(List.of(party), topics, kinds, document, speaker, query, from, to, respondsTo,
                responsesOnly, byRelevance);
    }

    public PositionFilter withTopic(String topic) {
        return new PositionFilter(parties, List.of(topic), kinds, document, speaker, query, from, to, respondsTo,
                responsesOnly, byRelevance);
    }

    public PositionFilter withDocument(String id) {
        return new PositionFilter(parties, topics, kinds, id, speaker, query, from, to, respondsTo, responsesOnly,
                byRelevance);
    }

    public PositionFilter withKinds(List<PositionKind> only) {
        return new PositionFilter(parties, topics, only, document, speaker, query, from, to, respondsTo,
                responsesOnly, byRelevance);
    }

    public PositionFilter onlyResponses() {
        return new PositionFilter(parties, topics, kinds, document, speaker, query, from, to, respondsTo, true,
                byRelevance);
    }

    /** The query's words, for the substring match of {@link #test}. */
    public java.util.List<String> words() {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty() && !w.equals("and") && !w.equals("or") && !w.equals("not")).distinct()
                .toList();
    }
}
