package org.parley.position;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.engine.spi.SessionImplementor;
import org.parley.citation.AnchorView;
import org.parley.citation.CitationView;
import org.parley.document.AnchorStatus;
import org.parley.document.DocumentViews.DocumentRef;
import org.parley.document.ReanchoringReport;
import org.parley.party.PartyViews.PartyRef;
import org.parley.party.PartyViews.RepresentativeView;
import org.parley.position.PositionViews.PositionRef;
import org.parley.position.PositionViews.PositionView;
import org.parley.position.RowsById.Column;
import org.parley.position.RowsById.Type;
import org.parley.position.StoredPosition.StoredCitation;
import org.parley.topic.TopicViews.TopicRef;

/**
 * Renders a page of positions as the search index stores them, with the positions they answer and the documents
 * they cite as the index also holds them. Only the names of parties, topics and speakers, which the index does not
 * follow, are read from the database: small tables whose rows stay in its cache and that a page's positions share,
 * so a page costs three short statements instead of a descent into the position, citation and document tables for
 * every row; at 100,000 positions those rows lie all over the file and reading them was most of a search's time.
 */
final class StoredPositionViews {

    private static final RowsById PARTIES = new RowsById(
            List.of(new Column("id", Type.TEXT), new Column("name", Type.TEXT)), " from party", "id", "");
    private static final RowsById TOPICS = new RowsById(
            List.of(new Column("id", Type.TEXT), new Column("name", Type.TEXT)), " from topic", "id", "");
    private static final RowsById SPEAKERS = new RowsById(List.of(new Column("id", Type.TEXT),
            new Column("name", Type.TEXT), new Column("role", Type.TEXT)), " from representative", "id", "");

    private final Map<String, PartyRef> parties;
    private final Map<String, TopicRef> topics;
    private final Map<String, RepresentativeView> speakers;
    private final Map<String, DocumentRef> documents;
    private final Map<String, StoredPosition> answered;

    private StoredPositionViews(SessionImplementor session, StoredPage page) {
        Set<String> partyIds = new HashSet<>();
        Set<String> topicIds = new HashSet<>();
        Set<String> speakerIds = new HashSet<>();
        for (StoredPosition p : page.positions().items()) {
            partyIds.add(p.party());
            topicIds.add(p.topic());
            if (p.speaker() != null) {
                speakerIds.add(p.speaker());
            }
        }
        page.answered().values().forEach(p -> partyIds.add(p.party()));
        this.answered = page.answered();
        this.documents = page.documents();
        this.parties = byId(PARTIES.read(session, List.copyOf(partyIds)), r -> new PartyRef(text(r, 0), text(r, 1)));
        this.topics = byId(TOPICS.read(session, List.copyOf(topicIds)), r -> new TopicRef(text(r, 0), text(r, 1)));
        this.speakers = byId(SPEAKERS.read(session, List.copyOf(speakerIds)),
                r -> new RepresentativeView(text(r, 0), text(r, 1), text(r, 2)));
    }

    /**
     * The views of the page's positions by id. A position that refers to something not found (deleted since the
     * index was read) is left out, for the database to say.
     */
    static Map<String, PositionView> views(EntityManager em, StoredPage page) {
        if (page.positions().items().isEmpty()) {
            return Map.of();
        }
        StoredPositionViews references = new StoredPositionViews(em.unwrap(SessionImplementor.class), page);
        Map<String, PositionView> views = new HashMap<>();
        for (StoredPosition p : page.positions().items()) {
            PositionView view = references.view(p);
            if (view != null) {
                views.put(p.id(), view);
            }
        }
        return views;
    }

    private PositionView view(StoredPosition p) {
        PartyRef party = parties.get(p.party());
        TopicRef topic = topics.get(p.topic());
        RepresentativeView speaker = p.speaker() == null ? null : speakers.get(p.speaker());
        PositionRef respondsTo = p.respondsTo() == null ? null : respondsTo(answered.get(p.respondsTo()));
        List<CitationView> citations = p.citations().stream().map(this::citation).toList();
        if (party == null || topic == null || (p.speaker() != null && speaker == null)
                || (p.respondsTo() != null && respondsTo == null) || citations.contains(null)) {
            return null;
        }
        return new PositionView(p.id(), party, topic, PositionKind.valueOf(p.kind()), p.summary(), p.statedOn(),
                speaker, respondsTo, citations, p.version(), p.createdAt(), p.updatedAt());
    }

    private PositionRef respondsTo(StoredPosition answer) {
        PartyRef party = answer == null ? null : parties.get(answer.party());
        return party == null ? null
                : new PositionRef(answer.id(), party, PositionKind.valueOf(answer.kind()), answer.summary());
    }

    private CitationView citation(StoredCitation c) {
        DocumentRef document = documents.get(c.document());
        if (document == null) {
            return null;
        }
        AnchorView anchor = new AnchorView(AnchorStatus.valueOf(c.anchorStatus()), c.revision(), c.anchorScore(),
                c.previousQuote() == null ? null
                        : new ReanchoringReport.Previous(c.previousStart(), c.previousEnd(), c.previousQuote()));
        return CitationView.of(c.id(), document, c.quote(), c.start(), c.end(), c.prefix(), c.suffix(), anchor);
    }

    private static <T> Map<String, T> byId(List<Object[]> rows, Function<Object[], T> ref) {
        Map<String, T> byId = new HashMap<>();
        rows.forEach(r -> byId.put((String) r[0], ref.apply(r)));
        return byId;
    }

    private static String text(Object[] row, int column) {
        return (String) row[column];
    }
}
