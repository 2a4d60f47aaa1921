package org.parley.suggest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.parley.citation.Anchor;
import org.parley.citation.Anchoring;
import org.parley.document.DocumentLock;
import org.parley.document.SourceDocument;
import org.parley.error.DomainException;
import org.parley.error.FieldError;
import org.parley.position.Position;
import org.parley.position.PositionInput;
import org.parley.position.PositionInput.CitationInput;
import org.parley.position.PositionViews.PositionView;
import org.parley.position.PositionService;
import org.parley.store.Flush;
import org.parley.suggest.SuggestionViews.Review;
import org.parley.suggest.SuggestionViews.SuggestionView;

/**
 * A document's suggestions: computed once and kept, recomputed on request (pending ones only), and reviewed.
 * Accepting writes through {@link PositionService}, so every check and the position's history apply.
 */
@ApplicationScoped
@Transactional
public class SuggestionService {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double SAME_STATEMENT = 0.5;
    /** The positions a computation checks drafts against (tests count its executions). */
    private static final String CITED_POSITIONS = "select distinct p from Position p join fetch p.citations c"
            + " join fetch c.document where p.party.id in ?1";
    /** How many times a document's suggestions were computed (each costs the text's analysis): a metric. */
    static final String COMPUTATIONS = "parley.suggestions.computations";

    private final Suggesters suggesters;
    private final PositionService positions;
    private final Counter computations;

    public SuggestionService(Suggesters suggesters, PositionService positions, MeterRegistry metrics) {
        this.suggesters = suggesters;
        this.positions = positions;
        this.computations = Counter.builder(COMPUTATIONS)
                .description("Documents whose suggestions were computed (first read, revision or request)")
                .register(metrics);
    }

    /** The document's suggestions, computed the first time they are asked for. */
    public List<SuggestionView> list(String documentId) {
        SourceDocument document = requireDocument(documentId);
        List<Suggestion> kept = kept(documentId);
        if (kept.isEmpty() && !NoneFound.covers(document)) {
            // Two first reads at once compute once: the second waits, then finds what the first stored.
            DocumentLock.forUpdate(List.of(documentId));
            kept = kept(documentId);
            if (kept.isEmpty() && !NoneFound.covers(document)) {
                compute(document, List.of());
                kept = kept(documentId);
                remember(document, kept);
            }
        }
        return kept.stream().map(SuggestionService::view).toList();
    }

    /** Computes the pending suggestions again (after parties, topics or positions changed); reviewed ones stay. */
    public List<SuggestionView> recompute(String documentId) {
        SourceDocument document = requireDocument(documentId);
        DocumentLock.forUpdate(List.of(documentId));
        Suggestion.delete("documentId = ?1 and status = ?2", documentId, SuggestionStatus.PENDING);
        compute(document, kept(documentId));
        List<Suggestion> kept = kept(documentId);
        remember(document, kept);
        return kept.stream().map(SuggestionService::view).toList();
    }

    /**
     * A text where nothing was found keeps no suggestion rows to say it was computed: a row of its own says so, in
     * the database, so that no replica computes it again on every read. POST recomputes.
     */
    private static void remember(SourceDocument document, List<Suggestion> kept) {
        NoneFound.record(document, kept.isEmpty());
        Flush.now("suggestions of document '" + document.id + "'");
    }

    /** A position created from the suggestion (created true), or the position it corroborates, now citing it. */
    public record Accepted(PositionView position, boolean created) {
    }

    public Accepted accept(String id, Review review, String by) {
        Suggestion s = requirePending(id);
        Review r = review == null ? Review.NONE : review;
        CitationInput citation = new CitationInput(s.documentId, s.quote, s.start, s.end, null, null);
        boolean overridden = r.party() != null && !r.party().equals(s.party);
        PositionView position;
        boolean created;
        if (s.corroborates != null && !overridden && Position.findById(s.corroborates) != null) {
            position = positions.cite(s.corroborates, citation, by);
            created = false;
        } else {
            String topic = first(r.topic(), s.topic);
            if (topic == null) {
                throw DomainException.invalidContent("The suggestion has no topic; give one to accept it.",
                        List.of(new FieldError("topic", "must not be null")));
            }
            String party = first(r.party(), s.party);
            String speaker = r.speaker() != null ? r.speaker() : overridden ? null : s.speaker;
            SourceDocument document = SourceDocument.findById(s.documentId);
            LocalDate statedOn = r.statedOn() != null ? r.statedOn() : document.publishedOn != null
                    ? document.publishedOn : LocalDate.now(ZoneOffset.UTC);
            position = positions.create(new PositionInput(null, party, topic, r.kind() != null ? r.kind() : s.kind,
                    first(r.summary(), s.summary), statedOn, blankToNull(speaker), blankToNull(r.respondsTo()),
                    List.of(citation)), by);
            created = true;
        }
        s.status = SuggestionStatus.ACCEPTED;
        s.position = position.id();
        review(s, by);
        return new Accepted(position, created);
    }

    public SuggestionView reject(String id, String by) {
        Suggestion s = requirePending(id);
        s.status = SuggestionStatus.REJECTED;
        review(s, by);
        return view(s);
    }

    private static void review(Suggestion s, String by) {
        s.reviewedBy = by;
        s.reviewedAt = Instant.now();
        Flush.now("suggestion '" + s.id + "'");
    }

    /**
     * Stores the drafts that repeat neither a reviewed suggestion nor a position already citing this passage, of the
     * same party and topic.
     */
    private void compute(SourceDocument document, List<Suggestion> reviewed) {
        computations.increment();
        List<Draft> drafts = suggesters.current().suggest(document.text);
        // Only the drafts' parties' positions can repeat or corroborate a draft: not every position stored.
        List<String> parties = drafts.stream().map(Draft::party).distinct().toList();
        List<Position> ofParties = parties.isEmpty() ? List.of() : Position.list(CITED_POSITIONS, parties);
        int ordinal = reviewed.stream().mapToInt(r -> r.ordinal + 1).max().orElse(0);
        for (Draft d : drafts) {
            // One passage may hold several positions (one per party and topic): only the same one is a repeat.
            if (reviewed.stream().anyMatch(r -> r.party.equals(d.party()) && Objects.equals(r.topic, d.topic())
                    && overlaps(r.start, r.end, d.start(), d.end()))) {
                continue;
            }
            boolean cited = ofParties.stream().anyMatch(p -> p.party.id.equals(d.party())
                    && (d.topic() == null || p.topic.id.equals(d.topic())) && p.citations.stream()
                    .anyMatch(c -> c.document.id.equals(document.id) && overlaps(c.start, c.end, d.start(), d.end())));
            if (cited) {
                continue;
            }
            Anchor anchor = Anchoring.anchor(document.id, document.text,
                    new Anchoring.Claim(d.quote(), d.start(), d.end(), null, null));
            Suggestion s = new Suggestion();
            s.id = "sg-" + UUID.randomUUID().toString().substring(0, 13);
            s.documentId = document.id;
            s.ordinal = ordinal++;
            s.party = d.party();
            s.speaker = d.speaker();
            s.newSpeakerName = clip(d.newSpeakerName(), 200);
            s.newSpeakerRole = clip(d.newSpeakerRole(), 300);
            s.topic = d.topic();
            s.kind = d.kind();
            s.summary = clip(d.summary(), 1000);
            s.quote = anchor.quote();
            s.start = anchor.start();
            s.end = anchor.end();
            s.prefix = anchor.prefix();
            s.suffix = anchor.suffix();
            s.confidence = d.confidence();
            s.evidence = json(d.evidence());
            s.status = SuggestionStatus.PENDING;
            s.corroborates = corroborated(d, document.id, ofParties);
            s.createdAt = Instant.now();
            if (s.quote.length() <= 4000) {
                s.persist();
            }
        }
        Flush.now("suggestions of document '" + document.id + "'");
    }

    /**
     * An existing position of the same party and topic whose citation in another document shares most of the
     * draft's content words (Dice coefficient of at least one half).
     */
    private static String corroborated(Draft d, String documentId, List<Position> existing) {
        Set<String> words = words(d.quote());
        String best = null;
        double bestScore = SAME_STATEMENT;
        for (Position p : existing) {
            // Same party and topic: a passage may carry one suggestion per topic, each its own position.
            if (!p.party.id.equals(d.party()) || d.topic() != null && !p.topic.id.equals(d.topic())) {
                continue;
            }
            for (var c : p.citations) {
                if (c.document.id.equals(documentId)) {
                    continue;
                }
                Set<String> other = words(c.quote);
                Set<String> common = new HashSet<>(words);
                common.retainAll(other);
                double score = 2.0 * common.size() / (words.size() + other.size());
                if (score >= bestScore && common.size() >= 4) {
                    bestScore = score;
                    best = p.id;
                }
            }
        }
        return best;
    }

    /** Content words (four letters or more), lower-cased: enough to tell one statement from another. */
    static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() >= 4)
                .collect(Collectors.toSet());
    }

    private static boolean overlaps(int aStart, int aEnd, int bStart, int bEnd) {
        return Math.min(aEnd, bEnd) > Math.max(aStart, bStart);
    }

    private static List<Suggestion> kept(String documentId) {
        return Suggestion.list("documentId = ?1 order by ordinal", documentId);
    }

    private static SuggestionView view(Suggestion s) {
        try {
            return SuggestionView.of(s, JSON.readValue(s.evidence, Draft.Evidence.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable evidence of suggestion " + s.id, e);
        }
    }

    private static String json(Draft.Evidence evidence) {
        try {
            String json = JSON.writeValueAsString(evidence);
            return json.length() <= 4000 ? json : JSON.writeValueAsString(new Draft.Evidence(
                    clip(evidence.attribution(), 1000), evidence.partyBy(), evidence.speakerBy(), List.of(), List.of()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Suggestion requirePending(String id) {
        Suggestion s = Suggestion.findById(id);
        if (s == null) {
            throw DomainException.notFound("suggestion", id);
        }
        if (s.status != SuggestionStatus.PENDING) {
            throw DomainException.conflict("Suggestion '" + id + "' was " + s.status.name().toLowerCase(Locale.ROOT)
                    + " by " + s.reviewedBy + " at " + s.reviewedAt + ".");
        }
        return s;
    }

    private static SourceDocument requireDocument(String id) {
        SourceDocument document = SourceDocument.findById(id);
        if (document == null) {
            throw DomainException.notFound("document", id);
        }
        return document;
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
