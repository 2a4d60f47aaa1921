package org.parley.negotiation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A party's seat on one side of a negotiation. */
@Embeddable
public class NegotiationMember {

    @Column(name = "party_id", nullable = false)
    public String partyId;

    @Column(name = "side_ord", nullable = false)
    public int sideOrder;

    @Column(name = "side_name", nullable = false)
    public String sideName;

    @Column(name = "member_ord", nullable = false)
    public int memberOrder;

    protected NegotiationMember() {
    }

    NegotiationMember(String partyId, int sideOrder, String sideName, int memberOrder) {
        this.partyId = partyId;
        this.sideOrder = sideOrder;
        this.sideName = sideName;
        this.memberOrder = memberOrder;
    }
}
