package org.parley.negotiation;

/** The rules that derive a negotiation's state from its positions; every status names the one that produced it. */
public enum Rule {
    DEMAND_ACCEPTED("A party on another side accepts the demand: its latest answer is an ACCEPTANCE."),
    DEMAND_COUNTERED("A party on another side answers the demand with a PROPOSAL or CONDITION as its latest answer, "
            + "and none accepts it."),
    DEMAND_REJECTED("The parties on other sides that answer the demand all answer it last with a REJECTION."),
    DEMAND_OPEN("No party on another side has answered the demand with a REJECTION, PROPOSAL, CONDITION or "
            + "ACCEPTANCE (a STATEMENT or WARNING that refers to it is no answer)."),
    TOPIC_AGREED("A demand on the topic is ACCEPTED."),
    TOPIC_CONVERGING("Two sides or more have made offers (PROPOSAL, CONDITION or ACCEPTANCE) on the topic."),
    TOPIC_MOVING("Offers are on the table from one side only: an offer on the topic, or a counter-offer to one of "
            + "its demands."),
    TOPIC_DEADLOCKED("The topic's demands were met only by rejections, and nobody has made an offer on it."),
    TOPIC_QUIET("Nothing yet: no demand on the topic has been answered and nobody has made an offer on it."),
    COMMON_OFFERS("Two parties on opposing sides have both made offers on the topic."),
    OFFER_ANSWERS_DEMAND("A party answers a demand of an opposing side with an offer."),
    STANCE_SHIFT("The party's stance changes kind from one position to its next one on the topic (STATEMENTs, which "
            + "take no stance, are skipped).");

    private final String text;

    Rule(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
