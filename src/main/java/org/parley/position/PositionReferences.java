package org.parley.position;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.IntFunction;
import org.parley.document.DocumentReferences;
import org.parley.document.ReanchoringReport;
import org.parley.document.SourceDocument;
import org.parley.party.PartyReferences;
import org.parley.topic.TopicReferences;

/**
 * Positions as the parties, topics and documents they refer to see them: the lower features ask through their own
 * interfaces, implemented here, so the arrows run from position down to them and never back.
 */
@ApplicationScoped
public class PositionReferences implements PartyReferences, TopicReferences, DocumentReferences {

    private final PositionService writes;
    private final CitationReanchoring reanchoring;

    public PositionReferences(PositionService writes, CitationReanchoring reanchoring) {
        this.writes = writes;
        this.reanchoring = reanchoring;
    }

    @Override
    public long positionsOf(String partyId) {
        return count("party.id", partyId);
    }

    @Override
    public long positionsSpokenBy(String representativeId) {
        return count("speaker.id", representativeId);
    }

    @Override
    public void deletePositionsOf(String partyId, String by) {
        deleteWhere("party.id", partyId, by);
    }

    @Override
    public long positionsOn(String topicId) {
        return count("topic.id", topicId);
    }

    @Override
    public void deletePositionsOn(String topicId, String by) {
        deleteWhere("topic.id", topicId, by);
    }

    @Override
    public int citations(String documentId) {
        return writes.citing(documentId).size();
    }

    @Override
    public void dropCitationsOf(String documentId, String by) {
        writes.dropCitationsOf(documentId, by);
    }

    @Override
    public ReanchoringReport reanchor(SourceDocument document, String newText, int newRevision,
            IntFunction<String> revisionText, boolean store, String by) {
        return reanchoring.reanchor(document, newText, newRevision, revisionText, store, by);
    }

    private static long count(String field, String id) {
        return Position.count(field, id);
    }

    private void deleteWhere(String field, String id, String by) {
        writes.deleteAll(Position.list(field, id), by);
    }
}
