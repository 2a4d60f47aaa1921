package org.parley.seed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.parley.api.Ids;
import org.parley.citation.Anchor;
import org.parley.citation.AnchorException;
import org.parley.citation.Anchoring;
import org.parley.seed.Catalogue.CitationEntry;
import org.parley.seed.Catalogue.PositionEntry;
import org.parley.seed.Catalogue.RepresentativeEntry;

/**
 * Everything that must hold before a catalogue may be loaded: ids are unique, every reference resolves, no
 * position answers itself even through others, and every citation is exactly its document's span.
 */
public final class CatalogueCheck {

    private CatalogueCheck() {
    }

    /** A catalogue that passed every check, with each position's citations anchored in their documents. */
    public record Verified(Catalogue catalogue, Map<String, String> texts, Map<String, List<Anchor>> anchors) {
    }

    public static Verified verify(Catalogue catalogue, Map<String, String> texts) {
        List<String> problems = new ArrayList<>();
        Set<String> documents = ids("document", catalogue.documents(), Catalogue.DocumentEntry::id, problems);
        Set<String> parties = ids("party", catalogue.parties(), Catalogue.PartyEntry::id, problems);
        Set<String> topics = ids("topic", catalogue.topics(), Catalogue.TopicEntry::id, problems);
        List<RepresentativeEntry> representatives = catalogue.parties().stream()
                .flatMap(p -> p.representatives().stream()).toList();
        Set<String> speakers = ids("representative", representatives, RepresentativeEntry::id, problems);
        Set<String> positions = ids("position", catalogue.positions(), PositionEntry::id, problems);

        Map<String, List<Anchor>> anchors = new LinkedHashMap<>();
        for (PositionEntry p : catalogue.positions()) {
            String where = "Position '" + p.id() + "'";
            require(parties.contains(p.party()), where + " names unknown party '" + p.party() + "'.", problems);
            require(topics.contains(p.topic()), where + " names unknown topic '" + p.topic() + "'.", problems);
            require(p.kind() != null, where + " has no kind.", problems);
            require(p.summary() != null && !p.summary().isBlank(), where + " has no summary.", problems);
            require(p.statedOn() != null, where + " has no statedOn date.", problems);
            require(p.speaker() == null || speakers.contains(p.speaker()),
                    where + " names unknown speaker '" + p.speaker() + "'.", problems);
            require(p.respondsTo() == null || positions.contains(p.respondsTo()),
                    where + " responds to unknown position '" + p.respondsTo() + "'.", problems);
            require(!p.citations().isEmpty(), where + " has no citation.", problems);
            anchors.put(p.id(), anchor(where, p.citations(), documents, texts, problems));
        }
        problems.addAll(cycles(catalogue.positions()));
        problems.addAll(negotiations(catalogue.negotiations(), documents, parties, topics));
        if (!problems.isEmpty()) {
            throw new SeedException(problems);
        }
        return new Verified(catalogue, texts, anchors);
    }

    private static List<Anchor> anchor(String where, List<CitationEntry> citations, Set<String> documents,
            Map<String, String> texts, List<String> problems) {
        List<Anchor> anchored = new ArrayList<>();
        for (int i = 0; i < citations.size(); i++) {
            CitationEntry c = citations.get(i);
            String entry = where + ", citation " + (i + 1) + ": ";
            if (!documents.contains(c.document()) || !texts.containsKey(c.document())) {
                problems.add(entry + "unknown document '" + c.document() + "'.");
                continue;
            }
            try {
                anchored.add(Anchoring.anchor(c.document(), texts.get(c.document()),
                        new Anchoring.Claim(c.quote(), c.start(), c.end(), c.prefix(), c.suffix())));
            } catch (AnchorException e) {
                problems.add(entry + e.getMessage());
            }
        }
        return anchored;
    }

    /** Each negotiation has two sides or more, seats a party once, and names only entries of the catalogue. */
    private static List<String> negotiations(List<Catalogue.NegotiationEntry> negotiations, Set<String> documents,
            Set<String> parties, Set<String> topics) {
        List<String> problems = new ArrayList<>();
        ids("negotiation", negotiations, Catalogue.NegotiationEntry::id, problems);
        for (Catalogue.NegotiationEntry n : negotiations) {
            String where = "Negotiation '" + n.id() + "'";
            require(n.name() != null && !n.name().isBlank(), where + " has no name.", problems);
            require(n.sides().size() >= 2, where + " has fewer than two sides.", problems);
            Set<String> seated = new HashSet<>();
            for (Catalogue.SideEntry side : n.sides()) {
                require(side.name() != null && !side.name().isBlank(), where + " has a side without a name.",
                        problems);
                require(!side.parties().isEmpty(), where + ", side '" + side.name() + "' has no party.", problems);
                for (String party : side.parties()) {
                    require(parties.contains(party), where + " names unknown party '" + party + "'.", problems);
                    require(seated.add(party), where + " seats party '" + party + "' twice.", problems);
                }
            }
            n.topics().forEach(t -> require(topics.contains(t), where + " names unknown topic '" + t + "'.",
                    problems));
            n.documents().forEach(d -> require(documents.contains(d), where + " names unknown document '" + d + "'.",
                    problems));
            require(n.startsOn() == null || n.endsOn() == null || !n.endsOn().isBefore(n.startsOn()),
                    where + " ends before it starts.", problems);
        }
        return problems;
    }

    /** A respondsTo chain that comes back to where it started. */
    private static List<String> cycles(List<PositionEntry> positions) {
        Map<String, String> answers = new HashMap<>();
        positions.forEach(p -> answers.put(p.id(), p.respondsTo()));
        List<String> problems = new ArrayList<>();
        for (PositionEntry p : positions) {
            Set<String> seen = new HashSet<>();
            for (String at = p.id(); at != null; at = answers.get(at)) {
                if (!seen.add(at)) {
                    if (at.equals(p.id())) {
                        problems.add("Position '" + p.id() + "' answers itself through respondsTo: " + seen + ".");
                    }
                    break;
                }
            }
        }
        return problems;
    }

    private static <T> Set<String> ids(String what, List<T> entries, Function<T, String> id, List<String> problems) {
        Set<String> ids = new HashSet<>();
        for (T entry : entries) {
            String value = id.apply(entry);
            if (!Ids.valid(value)) {
                problems.add("A " + what + " has a missing or malformed id '" + value + "'.");
            } else if (!ids.add(value)) {
                problems.add("Two " + what + " entries have the id '" + value + "'.");
            }
        }
        return ids;
    }

    private static void require(boolean condition, String problem, List<String> problems) {
        if (!condition) {
            problems.add(problem);
        }
    }
}
