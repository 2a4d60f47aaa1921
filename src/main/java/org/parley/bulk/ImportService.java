package org.parley.bulk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.FlushMode;
import org.parley.document.DocumentInput;
import org.parley.document.DocumentService;
import org.parley.document.SourceDocument;
import org.parley.error.DomainException;
import org.parley.error.FieldError;
import org.parley.party.PartyInput;
import org.parley.party.PartyService;
import org.parley.position.PositionInput;
import org.parley.position.PositionPairs;
import org.parley.position.PositionWrites;
import org.parley.store.Flush;
import org.parley.topic.TopicInput;
import org.parley.topic.TopicService;

/** Loads many records in one transaction, each checked as its single write would be. */
@ApplicationScoped
public class ImportService {

    /** Records between two flushes; the persistence context is emptied after each so memory stays flat. */
    private static final int BATCH = 500;

    private final ObjectMapper json;
    private final Validator validator;
    private final PartyService parties;
    private final TopicService topics;
    private final DocumentService documents;
    private final PositionWrites positions;
    private final PositionPairs pairs;

    public ImportService(ObjectMapper json, Validator validator, PartyService parties, TopicService topics,
            DocumentService documents, PositionWrites positions, PositionPairs pairs) {
        this.json = json;
        this.validator = validator;
        this.parties = parties;
        this.topics = topics;
        this.documents = documents;
        this.positions = positions;
        this.pairs = pairs;
    }

    @Schema(name = "ImportSummary")
    public record ImportSummary(int parties, int topics, int documents, int positions, long millis) {
    }

    @Transactional
    public ImportSummary load(String records, String by) {
        long started = System.nanoTime();
        int[] counts = new int[4];
        String[] lines = records.split("\r?\n");
        // Flushed in batches only: a query for one record must not flush every record before it.
        Panache.getSession().setHibernateFlushMode(FlushMode.MANUAL);
        Map<String, SourceDocument> unflushed = new HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                store(lines[i], by, counts, unflushed);
            } catch (DomainException e) {
                throw e.at("line " + (i + 1));
            }
            if (i % BATCH == BATCH - 1) {
                Flush.now("import");
                Panache.getEntityManager().clear();
                unflushed.clear();
            }
        }
        Flush.now("import");
        // Once for the whole import: every pair it touched is recomputed in one statement.
        pairs.refreshTouched();
        return new ImportSummary(counts[0], counts[1], counts[2], counts[3], (System.nanoTime() - started) / 1_000_000);
    }

    private void store(String line, String by, int[] counts, Map<String, SourceDocument> unflushed) {
        JsonNode record = read(line);
        String type = record.path("type").asText();
        ((ObjectNode) record).remove("type");
        switch (type) {
            case "party" -> {
                parties.create(valid(record, PartyInput.class));
                counts[0]++;
            }
            case "topic" -> {
                topics.create(valid(record, TopicInput.class));
                counts[1]++;
            }
            case "document" -> {
                DocumentService.Added added = documents.add(valid(record, DocumentInput.class), unflushed);
                if (added.created()) {
                    unflushed.put(added.document().sha256, added.document());
                }
                counts[2]++;
            }
            case "position" -> {
                positions.add(valid(record, PositionInput.class), by);
                counts[3]++;
            }
            default -> throw DomainException.invalidParameter("type", "must be party, topic, document or position");
        }
    }

    private JsonNode read(String line) {
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
