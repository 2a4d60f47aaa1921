package org.parley.party;

/** What kind of actor a party is. */
public enum PartyKind {
    STATE, ALLIANCE, ORGANISATION, BLOC
}
