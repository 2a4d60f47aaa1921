package org.parley.position;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A position as the search index keeps it: its own columns and its citations', with what it refers to (party,
 * topic, speaker, the position answered, cited documents) by id only. Those change on their own (a party renamed, a
 * document retitled), so their names are read when a page is rendered; everything here changes only with the
 * position's version, which is what the index follows.
 */
public record StoredPosition(String id, String kind, String summary, LocalDate statedOn, long version,
        Instant createdAt, Instant updatedAt, String party, String topic, String speaker, String respondsTo,
        List<StoredCitation> citations) {

    public record StoredCitation(long id, String document, String quote, int start, int end, String prefix,
            String suffix, int revision, String anchorStatus, double anchorScore, Integer previousStart,
            Integer previousEnd, String previousQuote) {
    }

    /** The documents it cites, each once, in citation order. */
    public List<String> documents() {
        return citations.stream().map(StoredCitation::document).distinct().toList();
    }

    public List<String> quotes() {
        return citations.stream().map(StoredCitation::quote).toList();
    }
}
