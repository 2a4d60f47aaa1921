package org.parley.position;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.List;
import org.parley.error.DomainException;

/**
 * The {@code negotiation} filter: a position is in a negotiation when its party sits on one of the negotiation's
 * sides and its topic is in its scope. It narrows the party and topic filters to the negotiation's; a party or topic
 * asked for outside it is a bad parameter. (Read by entity name, so this package does not depend on the
 * negotiation feature, which depends on it.)
 */
public record NegotiationFilter(List<String> parties, List<String> topics) {

    public static final String DESCRIPTION = "Only positions in this negotiation: their party sits on one of its "
            + "sides and their topic is in its scope.";

    /** The negotiation's parties (in side order) and topics; none when id is null. */
    public static NegotiationFilter of(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        var em = Panache.getEntityManager();
        if (em.createQuery("select count(n) from Negotiation n where n.id = :id", Long.class).setParameter("id", id)
                .getSingleResult() == 0) {
            throw DomainException.invalidParameter("negotiation", "unknown negotiation '" + id + "'");
        }
        List<String> parties = em.createQuery("select m.partyId from Negotiation n join n.members m where n.id = :id"
                + " order by m.sideOrder, m.memberOrder", String.class).setParameter("id", id).getResultList();
        List<String> topics = em.createQuery("select t from Negotiation n join n.topics t where n.id = :id"
                + " order by t", String.class).setParameter("id", id).getResultList();
        if (parties.isEmpty() || topics.isEmpty()) {
            throw DomainException.invalidParameter("negotiation", "negotiation '" + id + "' has no parties or no topics");
        }
        return new NegotiationFilter(parties, topics);
    }

    /** The parties asked for, all of the negotiation's when none. */
    public List<String> parties(List<String> asked) {
        return within("party", asked, parties);
    }

    public List<String> topics(List<String> asked) {
        return within("topic", asked, topics);
    }

    private static List<String> within(String parameter, List<String> asked, List<String> scope) {
        if (asked.isEmpty()) {
            return scope;
        }
        for (String value : asked) {
            if (!scope.contains(value)) {
                throw DomainException.invalidParameter(parameter, "'" + value + "' is not in the negotiation");
            }
        }
        return asked;
    }
}
