package org.parley.position;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.parley.api.Ids;
import org.parley.api.Inputs;
import org.parley.api.Preconditions;
import org.parley.api.Representations;
import org.parley.citation.AnchorException;
import org.parley.citation.Anchoring;
import org.parley.citation.Citation;
import org.parley.document.AnchorStatus;
import org.parley.document.SourceDocument;
import org.parley.error.DomainException;
import org.parley.error.FieldError;
import org.parley.party.Party;
import org.parley.position.PositionInput.CitationInput;
import org.parley.position.PositionViews.PositionView;
import org.parley.store.Flush;
import org.parley.store.WriteLock;
import org.parley.topic.Topic;

/**
 * Creates, replaces, patches and deletes positions. Everything a write names must exist and every citation must
 * be exactly its span, or nothing is stored; every accepted change is kept in the position's history.
 */
@ApplicationScoped
@Transactional
public class PositionService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PositionQueries queries;
    private final PositionHistory history;
    private final Representations representations;
    private final Inputs inputs;
    private final PositionPairs pairs;

    public PositionService(PositionQueries queries, PositionHistory history, Representations representations,
            Inputs inputs, PositionPairs pairs) {
        this.queries = queries;
        this.history = history;
        this.representations = representations;
        this.inputs = inputs;
        this.pairs = pairs;
    }

    public PositionView create(PositionInput input, String by) {
        String id = input.id() != null ? input.id() : newId(input);
        if (StoredReferences.INSTANCE.positionExists(id)) {
            throw DomainException.conflict("A position with id '" + id + "' exists; PUT /api/positions/" + id
                    + " replaces it.");
        }
        Position position = new Position();
        position.id = id;
        apply(position, input);
        position.persist();
        flush(position);
        history.created(position, by);
        pairs.refreshTouched();
        return queries.get(id);
    }

    /**
     * Starts a batch of new positions for a bulk import: what they name is looked up once for the whole batch,
     * and each is checked as {@link #create} would check it.
     */
    public PositionBatch batch(List<PositionInput> inputs, String by) {
        return new PositionBatch(inputs, history, by);
    }

    public PositionView replace(String id, PositionInput input, String ifMatch, String by) {
        Ids.requireSame(id, input.id());
        Position position = requireCurrent(id, ifMatch);
        PositionState before = PositionState.of(position);
        apply(position, input);
        touch(position);
        history.updated(position, before, by);
        pairs.refreshTouched();
        return queries.get(id);
    }

    /**
     * Adds a citation to a position, as a second report of the same statement (accepting a suggestion that
     * corroborates it): the same checks and history as a replace. A span it already cites is not added twice.
     */
    public PositionView cite(String id, CitationInput citation, String by) {
        Position position = require(id);
        PositionInput current = inputOf(position);
        List<CitationInput> citations = new ArrayList<>(current.citations());
        citations.add(citation);
        PositionState before = PositionState.of(position);
        apply(position, new PositionInput(id, current.party(), current.topic(), current.kind(), current.summary(),
                current.statedOn(), current.speaker(), current.respondsTo(), citations));
        position.citations.removeIf(c -> position.citations.stream()
                .anyMatch(o -> o != c && o.ordinal < c.ordinal && o.document.id.equals(c.document.id)
                        && o.start == c.start && o.end == c.end));
        touch(position);
        history.updated(position, before, by);
        pairs.refreshTouched();
        return queries.get(id);
    }

    public PositionView patch(String id, JsonNode patch, String ifMatch, String by) {
        Position position = require(id);
        return replace(id, inputs.patched(inputOf(position), patch, PositionInput.class), ifMatch, by);
    }

    /**
     * Deletes a position. One that others answer is kept (409) unless {@code cascade}, which unlinks the answers:
     * they stay, as positions that were stated, but answer nothing.
     */
    public void delete(String id, String ifMatch, boolean cascade, String by) {
        Position position = requireCurrent(id, ifMatch);
        List<Position> answers = Position.list("respondsTo.id", id);
        if (!answers.isEmpty() && !cascade) {
            throw DomainException.conflict(answers.size() + " position(s) respond to '" + id + "' ("
                    + String.join(", ", answers.stream().map(a -> a.id).toList()) + "); delete or relink them first,"
                    + " or delete with ?cascade=true as an admin to unlink them.");
        }
        for (Position answer : answers) {
            PositionState before = PositionState.of(answer);
            answer.respondsTo = null;
            touch(answer);
            history.updated(answer, before, by);
        }
        history.deleted(position, by);
        position.delete();
        Position.flush();
        pairs.refreshTouched();
    }

    /** Deletes positions because what they depend on is deleted; each deletion is kept in the history. */
    public void deleteAll(List<Position> positions, String by) {
        Set<String> doomed = new LinkedHashSet<>(positions.stream().map(p -> p.id).toList());
        for (Position answer : Position.<Position>list("respondsTo.id in ?1", doomed)) {
            if (!doomed.contains(answer.id)) {
                PositionState before = PositionState.of(answer);
                answer.respondsTo = null;
                touch(answer);
                history.updated(answer, before, by);
            }
        }
        for (Position position : positions) {
            position.respondsTo = null;
        }
        Position.flush();
        for (Position position : positions) {
            history.deleted(position, by);
            position.delete();
        }
        Position.flush();
        pairs.refreshTouched();
    }

    /** A citation of a document, with the position it belongs to. */
    public record CitingPosition(String positionId, String quote, int start, int end) {
    }

    public List<CitingPosition> citing(String documentId) {
        return Position.getEntityManager().createQuery("select p.id, c.quote, c.start, c.end from Position p"
                + " join p.citations c where c.document.id = :id", Object[].class).setParameter("id", documentId)
                .getResultStream().map(row -> new CitingPosition((String) row[0], (String) row[1], (Integer) row[2],
                        (Integer) row[3])).toList();
    }

    /** Removes every citation of a document; positions left without a citation are deleted. */
    public void dropCitationsOf(String documentId, String by) {
        List<Position> citing = Position.list("select distinct p from Position p join p.citations c"
                + " where c.document.id = ?1", documentId);
        List<Position> emptied = new ArrayList<>();
        for (Position position : citing) {
            if (position.citations.stream().allMatch(c -> c.document.id.equals(documentId))) {
                emptied.add(position);
            } else {
                PositionState before = PositionState.of(position);
                position.citations.removeIf(c -> c.document.id.equals(documentId));
                touch(position);
                history.updated(position, before, by);
            }
        }
        deleteAll(emptied, by);
    }

    /** The input that would recreate this position as it is. */
    static PositionInput inputOf(Position p) {
        return new PositionInput(p.id, p.party.id, p.topic.id, p.kind, p.summary, p.statedOn,
                p.speaker == null ? null : p.speaker.id, p.respondsTo == null ? null : p.respondsTo.id,
                p.citations.stream().map(c -> new CitationInput(c.document.id, c.quote, c.start, c.end, null, null))
                        .toList());
    }

    private Position requireCurrent(String id, String ifMatch) {
        Position position = require(id);
        Preconditions.requireCurrent(ifMatch, representations.etag(queries.get(id)));
        return position;
    }

    private static Position require(String id) {
        Position position = Position.findById(id);
        if (position == null) {
            throw DomainException.notFound("position", id);
        }
        return position;
    }

    private static void touch(Position position) {
        position.touch();
        flush(position);
    }

    private static void flush(Position position) {
        Flush.now("position '" + position.id + "'");
    }

    private void apply(Position position, PositionInput input) {
        apply(position, input, StoredReferences.INSTANCE);
    }

    static void apply(Position position, PositionInput input, Referenced references) {
        // The documents it cites and will cite come first, before any position is locked (the one answered, or this
        // one by its update): a document's own writes lock its row, then the positions citing it, so the other
        // order deadlocks with a re-anchoring that touches those positions.
        Set<String> documents = new TreeSet<>();
        position.citations.forEach(c -> documents.add(c.document.id));
        input.citations().stream().map(CitationInput::document).filter(Objects::nonNull).forEach(documents::add);
        references.lockDocuments(documents);
        List<FieldError> errors = new ArrayList<>();
        Party party = references.party(input.party());
        if (party == null) {
            errors.add(new FieldError("party", "unknown party '" + input.party() + "'"));
        }
        Topic topic = references.topic(input.topic());
        if (topic == null) {
            errors.add(new FieldError("topic", "unknown topic '" + input.topic() + "'"));
        }
        Referenced.Speaker speaker = input.speaker() == null ? null : references.speaker(input.speaker());
        if (input.speaker() != null && speaker == null) {
            errors.add(new FieldError("speaker", "unknown representative '" + input.speaker() + "'"));
        } else if (speaker != null && !speaker.party().equals(input.party())) {
            errors.add(new FieldError("speaker", "'" + input.speaker() + "' speaks for '" + speaker.party()
                    + "', not '" + input.party() + "'"));
        }
        Position answered = respondsTo(position.id, input.respondsTo(), references, errors);
        List<Citation> citations = citations(position, input.citations(), references, errors);
        if (!errors.isEmpty()) {
            throw DomainException.invalidContent("The position cannot be saved: " + String.join("; ",
                    errors.stream().map(e -> e.field() + ": " + e.message()).toList()) + ".", errors);
        }
        position.party = party;
        position.topic = topic;
        position.kind = input.kind();
        position.summary = input.summary();
        position.statedOn = input.statedOn();
        position.speaker = speaker == null ? null : speaker.representative();
        position.respondsTo = answered;
        position.citations.clear();
        position.citations.addAll(citations);
    }

    /**
     * The position answered, if it exists and answering it closes no loop. The chain is read under
     * {@link WriteLock#RESPONDS_TO}, so no other write changes it until this one commits.
     */
    private static Position respondsTo(String id, String target, Referenced references, List<FieldError> errors) {
        if (target == null) {
            return null;
        }
        if (target.equals(id)) {
            errors.add(new FieldError("respondsTo", "a position cannot answer itself"));
            return null;
        }
        Position answered = references.answered(target);
        if (answered == null) {
            errors.add(new FieldError("respondsTo", "unknown position '" + target + "'"));
            return null;
        }
        List<String> chain = new ArrayList<>(List.of(id, target));
        Set<String> visited = new HashSet<>(chain);
        for (String at = references.answeredBy(target); at != null; at = references.answeredBy(at)) {
            chain.add(at);
            if (at.equals(id)) {
                errors.add(new FieldError("respondsTo", "would close a loop: " + String.join(" → ", chain)));
                return null;
            }
            if (!visited.add(at)) {
                errors.add(new FieldError("respondsTo", "answers a chain that loops: " + String.join(" → ", chain)));
                return null;
            }
        }
        return answered;
    }

    /** The citations as anchored in their documents, reusing the ones that cite the same span as before. */
    private static List<Citation> citations(Position position, List<CitationInput> inputs, Referenced references,
            List<FieldError> errors) {
        Map<String, Citation> existing = new HashMap<>();
        position.citations.forEach(c -> existing.put(c.document.id + "@" + c.start + "," + c.end, c));
        List<Citation> result = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            CitationInput input = inputs.get(i);
            String field = "citations[" + i + "]";
            Referenced.CitedDocument cited = references.document(input.document());
            if (cited == null) {
                errors.add(new FieldError(field + ".document", "unknown document '" + input.document() + "'"));
                continue;
            }
            SourceDocument document = cited.document();
            Citation orphan = existing.get(document.id + "@" + input.start() + "," + input.end());
            if (orphan != null && orphan.anchorStatus == AnchorStatus.ORPHANED && orphan.quote.equals(input.quote())) {
                // An orphan counts in an older revision: kept as it is until an editor re-points it.
                existing.remove(document.id + "@" + input.start() + "," + input.end());
                orphan.ordinal = i;
                result.add(orphan);
                continue;
            }
            try {
                var anchor = Anchoring.anchor(document.id, cited.text(), new Anchoring.Claim(input.quote(),
                        input.start(), input.end(), input.prefix(), input.suffix()));
                Citation reused = existing.remove(document.id + "@" + anchor.start() + "," + anchor.end());
                Citation citation = reused != null ? reused : Citation.of(document, cited.revision(), anchor, i);
                if (reused != null && (reused.revision != cited.revision() || !reused.quote.equals(anchor.quote()))) {
                    reused.anchoredAt(anchor, cited.revision());
                }
                citation.ordinal = i;
                result.add(citation);
            } catch (AnchorException e) {
                errors.add(new FieldError(field, e.getMessage()));
            }
        }
        return result;
    }

    static String newId(PositionInput input) {
        String suffix = Long.toString(Math.floorMod(RANDOM.nextLong(), 2_176_782_336L), 36);
        String party = input.party().length() > 40 ? input.party().substring(0, 40) : input.party();
        return (party + "-" + input.kind().name().toLowerCase(Locale.ROOT) + "-" + suffix)
                .replaceAll("[^a-z0-9_.-]", "-");
    }
}
