package org.parley.position;

import java.util.Comparator;

/** A party × topic pair: a cell of the matrix. */
public record PartyTopic(String party, String topic) implements Comparable<PartyTopic> {

    private static final Comparator<PartyTopic> ORDER =
            Comparator.comparing(PartyTopic::party).thenComparing(PartyTopic::topic);

    @Override
    public int compareTo(PartyTopic other) {
        return ORDER.compare(this, other);
    }
}
