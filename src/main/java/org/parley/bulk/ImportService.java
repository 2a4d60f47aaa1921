package org.parley.bulk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.FlushMode;
import org.parley.document.DocumentInput;
import org.parley.document.DocumentService;
import org.parley.error.DomainException;
import org.parley.error.FieldError;
import org.parley.party.PartyInput;
import org.parley.party.PartyService;
import org.parley.position.PositionBatch;
import org.parley.position.PositionInput;
import org.parley.position.PositionPairs;
import org.parley.position.PositionService;
import org.parley.store.PlannerStatistics;
import org.parley.topic.TopicInput;
import org.parley.topic.TopicService;

/**
 * Loads many records in one transaction, each checked as its single write would be. Documents and positions are
 * stored in batches: what a batch's positions name is looked up once, and its rows are inserted together.
 */
@ApplicationScoped
public class ImportService {

    /** Documents and positions per batch; the persistence context is emptied after each so memory stays flat. */
    private static final int BATCH = 1000;

    private final ObjectMapper json;
    private final Validator validator;
    private final PartyService parties;
    private final TopicService topics;
    private final DocumentService documents;
    private final PositionService positions;
    private final PositionPairs pairs;
    private final PlannerStatistics statistics;

    public ImportService(ObjectMapper json, Validator validator, PartyService parties, TopicService topics,
            DocumentService documents, PositionService positions, PositionPairs pairs, PlannerStatistics statistics) {
        this.json = json;
        this.validator = validator;
        this.parties = parties;
        this.topics = topics;
        this.documents = documents;
        this.positions = positions;
        this.pairs = pairs;
        this.statistics = statistics;
    }

    @Schema(name = "ImportSummary")
    public record ImportSummary(int parties, int topics, int documents, int positions, long millis) {
    }

    /** A document or position read from its line, waiting for its batch. */
    private record Pending(int line, Object input) {
    }

    /** Longer than a write's 60 s: a large import on a busy machine was rolled back mid-way. */
    @Transactional
    @TransactionConfiguration(timeout = 600)
    public ImportSummary load(String records, String by) {
        long started = System.nanoTime();
        int[] counts = new int[4];
        String[] lines = records.split("\r?\n");
        // Flushed per batch only: a query for one record must not flush every record before it.
        Panache.getSession().setHibernateFlushMode(FlushMode.MANUAL);
        List<Pending> pending = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            Object input;
            try {
                input = read(lines[i]);
            } catch (DomainException e) {
                store(pending, by, counts);
                throw e.at("line " + (i + 1));
            }
            if (input instanceof DocumentInput || input instanceof PositionInput) {
                pending.add(new Pending(i + 1, input));
                if (pending.size() == BATCH) {
                    store(pending, by, counts);
                }
                continue;
            }
            store(pending, by, counts);
            try {
                if (input instanceof PartyInput party) {
                    parties.create(party);
                    counts[0]++;
                } else {
                    topics.create((TopicInput) input);
                    counts[1]++;
                }
            } catch (DomainException e) {
                throw e.at("line " + (i + 1));
            }
        }
        store(pending, by, counts);
        // Once for the whole import: every pair it touched is recomputed in one statement.
        pairs.refreshTouched();
        statistics.refreshAfterCommit(counts[2] + counts[3]);
        return new ImportSummary(counts[0], counts[1], counts[2], counts[3], (System.nanoTime() - started) / 1_000_000);
    }

    /** Checks and stores a batch in the import's order, sends its inserts to the database, and empties it. */
    private void store(List<Pending> pending, String by, int[] counts) {
        if (pending.isEmpty()) {
            return;
        }
        PositionBatch batch = positions.batch(pending.stream().map(Pending::input)
                .filter(PositionInput.class::isInstance).map(PositionInput.class::cast).toList(), by);
        DocumentService.Stored stored = documents.stored(pending.stream().map(Pending::input)
                .filter(DocumentInput.class::isInstance).map(DocumentInput.class::cast).toList());
        for (Pending record : pending) {
            try {
                if (record.input() instanceof DocumentInput document) {
                    DocumentService.Added added = documents.add(document, stored);
                    if (added.created()) {
                        batch.documentStored(added.document());
                    }
                    counts[2]++;
                } else {
                    batch.add((PositionInput) record.input());
                    counts[3]++;
                }
            } catch (DomainException e) {
                throw e.at("line " + record.line());
            }
        }
        batch.flush();
        Panache.getEntityManager().clear();
        pending.clear();
    }

    /** The record's input, of the class its type names, valid as its single write would require. */
    private Object read(String line) {
        JsonNode record = parse(line);
        String type = record.path("type").asText();
        ((ObjectNode) record).remove("type");
        return switch (type) {
            case "party" -> valid(record, PartyInput.class);
            case "topic" -> valid(record, TopicInput.class);
            case "document" -> valid(record, DocumentInput.class);
            case "position" -> valid(record, PositionInput.class);
            default -> throw DomainException.invalidParameter("type", "must be party, topic, document or position");
        };
    }

    private JsonNode parse(String line) {
        try {
            JsonNode record = json.readTree(line);
            if (!record.isObject()) {
                throw DomainException.invalid("A record must be a JSON object.", null);
            }
            return record;
        } catch (JsonProcessingException e) {
            throw DomainException.invalid("A record is not valid JSON.", null);
        }
    }

    private <T> T valid(JsonNode record, Class<T> type) {
        T input;
        try {
            input = json.treeToValue(record, type);
        } catch (JsonProcessingException e) {
            throw DomainException.invalid("A record does not fit its type.", null);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw DomainException.invalidContent("A record is not valid.", violations.stream()
                    .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage())).sorted(
                            Comparator.comparing(FieldError::field)).toList());
        }
        return input;
    }
}
