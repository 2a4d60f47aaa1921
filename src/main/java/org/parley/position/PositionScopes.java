package org.parley.position;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.proxy.HibernateProxy;
import org.parley.api.Page;
import org.parley.cache.ReadScope;
import org.parley.cache.WriteScopes;
import org.parley.citation.Citation;
import org.parley.party.Party;
import org.parley.position.PositionViews.PositionView;
import org.parley.topic.Topic;

/**
 * The scopes of positions, so that a cached position, or a list of one party's positions on one topic, outlives
 * writes to other positions. A position's write touches the position, the one it answers, its party × topic pair,
 * its party and its topic, as they were and as they are. Citations are added and removed through their position,
 * whose version moves on with them, so that write names them; a citation changed in place (re-anchored, reviewed)
 * touches everything, as any other entity does.
 */
@ApplicationScoped
public class PositionScopes implements WriteScopes {

    private static final String CITATIONS = Position.class.getName() + ".citations";

    public static String position(String id) {
        return "position " + id;
    }

    public static String pair(String party, String topic) {
        return "pair " + party + " " + topic;
    }

    public static String party(String id) {
        return "party " + id;
    }

    public static String topic(String id) {
        return "topic " + id;
    }

    /** What a position's view shows besides its party, topic, speaker and documents: itself and what it answers. */
    public static List<String> of(PositionView view) {
        return view.respondsTo() == null ? List.of(position(view.id()))
                : List.of(position(view.id()), position(view.respondsTo().id()));
    }

    /**
     * Which positions a list holds, when only their party, topic, kind, date or whether they answer decide it: the
     * pairs (or parties, or topics) they are on. Null when other things decide it (words, documents, speakers, ...)
     * or there are too many pairs to name.
     */
    public static List<String> members(PositionFilter filter) {
        if (filter.query() != null || filter.document() != null || filter.speaker() != null
                || filter.respondsTo() != null) {
            return null;
        }
        List<String> scopes = new ArrayList<>();
        if (!filter.parties().isEmpty() && !filter.topics().isEmpty()) {
            if (filter.parties().size() * filter.topics().size() > 64) {
                return null;
            }
            filter.parties().forEach(party -> filter.topics().forEach(topic -> scopes.add(pair(party, topic))));
        } else if (!filter.parties().isEmpty()) {
            filter.parties().forEach(party -> scopes.add(party(party)));
        } else if (!filter.topics().isEmpty()) {
            filter.topics().forEach(topic -> scopes.add(topic(topic)));
        } else {
            return null;
        }
        return scopes;
    }

    /**
     * Declares what a list of positions shows, when the scopes {@code members} decide which positions it holds
     * ({@link PositionQueries#members}): those and the positions its items answer. Without them (null) the list
     * shows, as far as the cache knows, everything.
     */
    public static Page<PositionView> declare(ReadScope scope, Collection<String> members, Page<PositionView> page) {
        if (members != null) {
            scope.dependsOn(members);
            scope.dependsOn(answered(page.items()));
        }
        return page;
    }

    /** The positions a list shows answer these: the list depends on them too. */
    public static List<String> answered(Collection<PositionView> views) {
        List<String> scopes = new ArrayList<>();
        for (PositionView view : views) {
            if (view.respondsTo() != null) {
                scopes.add(position(view.respondsTo().id()));
            }
        }
        return scopes;
    }

    @Override
    public Set<String> touched(Object entity, Object id, Change change, String[] names, Object[] before,
            Object[] after) {
        if (entity instanceof Citation) {
            return change == Change.UPDATE ? Set.of(EVERYTHING) : Set.of();
        }
        if (entity instanceof PositionRevision) {
            return Set.of(); // history rows are written with their position's change
        }
        if (!(entity instanceof Position)) {
            return null;
        }
        if (change == Change.UPDATE && before == null) {
            return Set.of(EVERYTHING); // no snapshot to say where the position was
        }
        Set<String> scopes = new HashSet<>();
        scopes.add(position(id.toString()));
        for (Object[] state : new Object[][] {before, after}) {
            if (state != null) {
                String party = idOf(state, names, "party");
                String topic = idOf(state, names, "topic");
                String answered = idOf(state, names, "respondsTo");
                scopes.add(party(party));
                scopes.add(topic(topic));
                scopes.add(pair(party, topic));
                if (answered != null) {
                    scopes.add(position(answered));
                }
            }
        }
        return scopes;
    }

    @Override
    public Set<String> touchedCollection(String role, Object ownerId) {
        return CITATIONS.equals(role) ? Set.of(position(ownerId.toString())) : null;
    }

    private static String idOf(Object[] state, String[] names, String property) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(property)) {
                return idOf(state[i]);
            }
        }
        throw new IllegalStateException("A position has no " + property);
    }

    private static String idOf(Object reference) {
        if (reference == null) {
            return null;
        }
        if (reference instanceof HibernateProxy proxy) {
            return proxy.getHibernateLazyInitializer().getIdentifier().toString();
        }
        if (reference instanceof Party party) {
            return party.id;
        }
        if (reference instanceof Topic topic) {
            return topic.id;
        }
        if (reference instanceof Position position) {
            return position.id;
        }
        throw new IllegalStateException("Not a reference of a position: " + reference.getClass());
    }
}
