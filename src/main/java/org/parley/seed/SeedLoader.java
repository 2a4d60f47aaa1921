package org.parley.seed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.parley.citation.Anchor;
import org.parley.citation.Citation;
import org.parley.document.DocumentInput;
import org.parley.document.SourceDocument;
import org.parley.party.Party;
import org.parley.party.PartyInput;
import org.parley.party.Representative;
import org.parley.position.Position;
import org.parley.position.PositionHistory;
import org.parley.position.PositionState;
import org.parley.seed.Catalogue.DocumentEntry;
import org.parley.seed.Catalogue.PartyEntry;
import org.parley.seed.Catalogue.PositionEntry;
import org.parley.seed.Catalogue.TopicEntry;
import org.parley.store.Hashes;
import org.parley.topic.Topic;
import org.parley.topic.TopicInput;

/**
 * Loads the seed catalogue at start, idempotently: each record it owns remembers the hash of the entry it came
 * from, so a restart changes nothing and a changed entry updates just its record. A catalogue that fails its checks
 * stops the service, with every problem listed.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    /** Who the history says made the changes the catalogue brings. */
    static final String ACTOR = "seed";

    private final SeedConfig config;
    private final SeedState state;
    private final EntityManager em;
    private final PositionHistory history;

    public SeedLoader(SeedConfig config, SeedState state, EntityManager em, PositionHistory history) {
        this.config = config;
        this.state = state;
        this.em = em;
        this.history = history;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            state.disabled();
            return;
        }
        state.loaded(load(SeedSource.of(config.path())));
    }

    /** Loads a catalogue, changing only what differs from what is stored; answers a summary of what it did. */
    public String load(SeedSource source) {
        Catalogue catalogue = source.catalogue();
        CatalogueCheck.Verified verified = CatalogueCheck.verify(catalogue, source.texts(catalogue));
        Counts counts = QuarkusTransaction.requiringNew().call(() -> apply(verified));
        String summary = catalogue.documents().size() + " documents, " + catalogue.parties().size() + " parties, "
                + catalogue.topics().size() + " topics, " + catalogue.positions().size() + " positions from "
                + source.describe() + " (" + counts + ")";
        LOG.info("Seeds loaded: " + summary);
        return summary;
    }

    private Counts apply(CatalogueCheck.Verified verified) {
        Catalogue catalogue = verified.catalogue();
        Counts counts = new Counts();
        Map<String, String> topicHashes = hashes(Topic.class);
        for (TopicEntry entry : catalogue.topics()) {
            String hash = hash(entry);
            if (counts.changed(hash, topicHashes.get(entry.id()))) {
                Topic topic = findOrNew(Topic.class, entry.id(), Topic::new);
                topic.id = entry.id();
                topic.assign(new TopicInput(entry.id(), entry.name(), entry.description(), entry.terms()));
                topic.seedHash = hash;
                topic.persist();
            }
        }
        Map<String, String> partyHashes = hashes(Party.class);
        for (PartyEntry entry : catalogue.parties()) {
            String hash = hash(entry);
            if (counts.changed(hash, partyHashes.get(entry.id()))) {
                upsertParty(entry, hash);
            }
        }
        Map<String, String> documentHashes = hashes(SourceDocument.class);
        for (DocumentEntry entry : catalogue.documents()) {
            String text = verified.texts().get(entry.id());
            String hash = hash(List.of(entry, Hashes.sha256Hex(text)));
            if (counts.changed(hash, documentHashes.get(entry.id()))) {
                upsertDocument(entry, text, hash);
            }
        }
        Map<String, String> positionHashes = hashes(Position.class);
        for (PositionEntry entry : answeredFirst(catalogue.positions())) {
            String hash = hash(entry);
            if (counts.changed(hash, positionHashes.get(entry.id()))) {
                upsertPosition(entry, verified.anchors().get(entry.id()), hash);
            }
        }
        return counts;
    }

    private void upsertParty(PartyEntry entry, String hash) {
        Party party = findOrNew(Party.class, entry.id(), Party::new);
        party.id = entry.id();
        party.assign(new PartyInput(entry.id(), entry.name(), entry.kind(), entry.aliases(), entry.representatives()
                .stream().map(r -> new PartyInput.RepresentativeInput(r.id(), r.name(), r.role())).toList()));
        party.seedHash = hash;
        party.persist();
    }

    private void upsertDocument(DocumentEntry entry, String text, String hash) {
        SourceDocument document = findOrNew(SourceDocument.class, entry.id(), SourceDocument::new);
        document.id = entry.id();
        document.assign(new DocumentInput(entry.id(), entry.title(), entry.outlet(), entry.url(), entry.published(),
                entry.publishedBasis(), entry.publishedNote(), entry.language(), entry.note(), text));
        document.seedHash = hash;
        document.persist();
    }

    private void upsertPosition(PositionEntry entry, List<Anchor> anchors, String hash) {
        Position position = findOrNew(Position.class, entry.id(), Position::new);
        PositionState before = position.id == null ? null : PositionState.of(position);
        position.id = entry.id();
        position.party = em.getReference(Party.class, entry.party());
        position.topic = em.getReference(Topic.class, entry.topic());
        position.kind = entry.kind();
        position.summary = entry.summary();
        position.statedOn = entry.statedOn();
        position.speaker = entry.speaker() == null ? null : em.getReference(Representative.class, entry.speaker());
        position.respondsTo = entry.respondsTo() == null ? null : em.find(Position.class, entry.respondsTo());
        position.citations.clear();
        for (int i = 0; i < anchors.size(); i++) {
            String documentId = entry.citations().get(i).document();
            position.citations.add(Citation.of(em.getReference(SourceDocument.class, documentId), anchors.get(i), i));
        }
        position.seedHash = hash;
        position.persist();
        em.flush();
        if (before == null) {
            history.created(position, ACTOR);
        } else {
            history.updated(position, before, ACTOR);
        }
    }

    /** Positions ordered so that each comes after the one it answers (the check has ruled out cycles). */
    private static List<PositionEntry> answeredFirst(List<PositionEntry> positions) {
        Map<String, PositionEntry> byId = new LinkedHashMap<>();
        positions.forEach(p -> byId.put(p.id(), p));
        Map<String, PositionEntry> ordered = new LinkedHashMap<>();
        for (PositionEntry p : positions) {
            List<PositionEntry> chain = new ArrayList<>();
            for (PositionEntry at = p; at != null && !ordered.containsKey(at.id()); at = byId.get(at.respondsTo())) {
                chain.add(0, at);
            }
            chain.forEach(c -> ordered.put(c.id(), c));
        }
        return List.copyOf(ordered.values());
    }

    private <T> T findOrNew(Class<T> type, String id, Supplier<T> create) {
        T found = em.find(type, id);
        return found != null ? found : create.get();
    }

    private Map<String, String> hashes(Class<?> entity) {
        Map<String, String> hashes = new HashMap<>();
        em.createQuery("select e.id, e.seedHash from " + entity.getSimpleName() + " e where e.seedHash is not null",
                Object[].class).getResultStream().forEach(row -> hashes.put((String) row[0], (String) row[1]));
        return hashes;
    }

    private static String hash(Object entry) {
        try {
            return Hashes.sha256Hex(JSON.writeValueAsBytes(entry));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot hash a catalogue entry", e);
        }
    }

    /** How many entries the load created or updated, and how many it found unchanged. */
    private static final class Counts {
        private int created;
        private int updated;
        private int unchanged;

        boolean changed(String hash, String stored) {
            if (stored == null) {
                created++;
                return true;
            }
            if (stored.equals(hash)) {
                unchanged++;
                return false;
            }
            updated++;
            return true;
        }

        @Override
        public String toString() {
            return created + " created, " + updated + " updated, " + unchanged + " unchanged";
        }
    }
}
