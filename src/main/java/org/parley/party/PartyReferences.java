package org.parley.party;

/**
 * What refers to a party: positions, from the feature above this one. Parties ask through this interface, which
 * the position feature implements, so this package does not import that one.
 */
public interface PartyReferences {

    /** The number of positions the party has stated. */
    long positionsOf(String partyId);

    /** The number of positions the representative is the speaker of. */
    long positionsSpokenBy(String representativeId);

    /** Deletes every position the party has stated, each into its history. */
    void deletePositionsOf(String partyId, String by);
}
