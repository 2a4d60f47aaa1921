package org.parley.seed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.parley.citation.Anchor;
import org.parley.citation.Citation;
import org.parley.document.CodePoints;
import org.parley.document.DocumentInput;
import org.parley.document.DocumentLock;
import org.parley.document.SourceDocument;
import org.parley.negotiation.Negotiation;
import org.parley.negotiation.NegotiationInput;
import org.parley.negotiation.NegotiationStates;
import org.parley.party.Party;
import org.parley.party.PartyInput;
import org.parley.party.Representative;
import org.parley.position.Position;
import org.parley.position.PositionHistory;
import org.parley.position.PositionPairs;
import org.parley.position.PositionState;
import org.parley.position.PositionService;
import org.parley.position.PositionService.CitingPosition;
import org.parley.seed.Catalogue.DocumentEntry;
import org.parley.seed.Catalogue.PartyEntry;
import org.parley.seed.Catalogue.PositionEntry;
import org.parley.seed.Catalogue.TopicEntry;
import org.parley.store.Hashes;
import org.parley.store.TrackedEntity;
import org.parley.store.WriteLock;
import org.parley.topic.Topic;
import org.parley.topic.TopicInput;

/**
 * Loads the seed catalogue at start as a first load, not as a truth that wins every restart: the seed_entry table
 * remembers each entry loaded, its hash and the version of the record it left. A restart changes nothing; a changed
 * entry updates its record only if nobody has edited it since; a record a user deleted or edited stays so. An entry
 * that conflicts with users' data is skipped, logged and reported by the readiness check: no user data can stop the
 * service from starting. A catalogue that fails its own checks still stops it, with every problem listed.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    /** Who the history says made the changes the catalogue brings. */
    static final String ACTOR = "seed";
    private static final Runnable NOTHING = () -> {
    };

    private final SeedConfig config;
    private final SeedState state;
    private final EntityManager em;
    private final PositionHistory history;
    private final PositionService positions;
    private final PositionPairs pairs;
    private final NegotiationStates negotiationStates;

    public SeedLoader(SeedConfig config, SeedState state, EntityManager em, PositionHistory history,
            PositionService positions, PositionPairs pairs, NegotiationStates negotiationStates) {
        this.config = config;
        this.state = state;
        this.em = em;
        this.history = history;
        this.positions = positions;
        this.pairs = pairs;
        this.negotiationStates = negotiationStates;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            state.disabled();
            return;
        }
        state.loaded(load(SeedSource.of(config.path())));
    }

    /**
     * Loads a catalogue, changing only what differs from what is stored and what no user has changed; returns a
     * summary of what it did. Entries that conflict with users' data are skipped, logged and reported.
     */
    public String load(SeedSource source) {
        Catalogue catalogue = source.catalogue();
        Map<String, String> texts = source.texts(catalogue);
        String whole = hash(List.of(catalogue, new TreeMap<>(texts)));
        Counts counts = new Counts();
        // Loaded whole before, with no conflict: loading it again would change nothing.
        counts.sameAsLastLoad = whole.equals(lastLoaded());
        // A catalogue that fails its own checks stops the start (SeedException), whatever is stored.
        CatalogueCheck.Verified verified = counts.sameAsLastLoad ? null : CatalogueCheck.verify(catalogue, texts);
        try {
            if (!counts.sameAsLastLoad) {
                QuarkusTransaction.requiringNew().run(() -> {
                    apply(verified, counts);
                    SeedEntries.rememberCatalogue(em, counts.conflicts.isEmpty() ? whole : null);
                });
            }
        } catch (RuntimeException e) {
            LOG.error("Seed catalogue not loaded; the service starts with the data it has", e);
            counts.failed("the catalogue could not be loaded (" + e.getClass().getSimpleName() + "); nothing of it"
                    + " was changed");
        }
        String summary = catalogue.documents().size() + " documents, " + catalogue.parties().size() + " parties, "
                + catalogue.topics().size() + " topics, " + catalogue.positions().size() + " positions, "
                + catalogue.negotiations().size() + " negotiations from "
                + source.describe() + " (" + counts + ")";
        LOG.info("Seeds loaded: " + summary);
        counts.conflicts.forEach(c -> LOG.warn("Seed entry skipped: " + c));
        state.conflicts(counts.conflicts);
        return summary;
    }

    private void apply(CatalogueCheck.Verified verified, Counts counts) {
        counts.reset();
        Catalogue catalogue = verified.catalogue();
        SeedEntries loaded = SeedEntries.read(em);
        List<Runnable> remember = new ArrayList<>();
        for (TopicEntry entry : catalogue.topics()) {
            load(loaded, counts, remember, "topic", entry.id(), hash(entry), Topic.class, Topic::new, topic -> null,
                    topic -> {
                        topic.id = entry.id();
                        topic.assign(new TopicInput(entry.id(), entry.name(), entry.description(), entry.terms()));
                        return NOTHING;
                    });
        }
        for (PartyEntry entry : catalogue.parties()) {
            load(loaded, counts, remember, "party", entry.id(), hash(entry), Party.class, Party::new,
                    party -> representativeTaken(entry), party -> assignParty(party, entry));
        }
        for (DocumentEntry entry : catalogue.documents()) {
            String text = verified.texts().get(entry.id());
            load(loaded, counts, remember, "document", entry.id(), hash(List.of(entry, Hashes.sha256Hex(text))),
                    SourceDocument.class, SourceDocument::new, document -> documentConflict(document, entry, text),
                    document -> {
                        document.id = entry.id();
                        document.assign(new DocumentInput(entry.id(), entry.title(), entry.outlet(), entry.url(),
                                entry.published(), entry.publishedBasis(), entry.publishedNote(), entry.language(),
                                entry.note(), text));
                        return NOTHING;
                    });
        }
        WriteLock.RESPONDS_TO.take();
        for (PositionEntry entry : answeredFirst(catalogue.positions())) {
            List<Anchor> anchors = verified.anchors().get(entry.id());
            load(loaded, counts, remember, "position", entry.id(), hash(entry), Position.class, Position::new,
                    position -> positionConflict(entry, verified.texts()),
                    position -> assignPosition(position, entry, anchors));
        }
        List<String> negotiations = new ArrayList<>();
        for (Catalogue.NegotiationEntry entry : catalogue.negotiations()) {
            load(loaded, counts, remember, "negotiation", entry.id(), hash(entry), Negotiation.class,
                    Negotiation::new, negotiation -> negotiationConflict(entry), negotiation -> {
                        negotiation.id = entry.id();
                        negotiations.add(entry.id());
                        negotiation.assign(new NegotiationInput(entry.id(), entry.name(), entry.description(),
                                entry.startsOn(), entry.endsOn(), entry.sides().stream()
                                        .map(side -> new NegotiationInput.SideInput(side.name(), side.parties()))
                                        .toList(), entry.topics(), entry.documents()));
                        return NOTHING;
                    });
        }
        em.flush();
        remember.forEach(Runnable::run);
        pairs.refreshTouched();
        negotiationStates.refresh(negotiations);
    }

    /** The hash of the catalogue last loaded without conflicts; null if none, or if it cannot be read now. */
    private String lastLoaded() {
        try {
            return QuarkusTransaction.requiringNew().call(() -> SeedEntries.catalogueHash(em));
        } catch (RuntimeException e) {
            LOG.warn("The last seed load cannot be read; checking every entry", e);
            return null;
        }
    }

    /** Negotiations come last: what they name must be stored by then, and a user may have deleted some of it. */
    private String negotiationConflict(Catalogue.NegotiationEntry entry) {
        List<String> missing = new ArrayList<>();
        entry.sides().forEach(side -> side.parties().stream().filter(id -> em.find(Party.class, id) == null)
                .forEach(id -> missing.add("party '" + id + "'")));
        entry.topics().stream().filter(id -> em.find(Topic.class, id) == null)
                .forEach(id -> missing.add("topic '" + id + "'"));
        entry.documents().stream().filter(id -> em.find(SourceDocument.class, id) == null)
                .forEach(id -> missing.add("document '" + id + "'"));
        return missing.isEmpty() ? null : "names what is no longer stored: " + String.join(", ", missing);
    }

    /**
     * Loads one entry: creates its record if it was never loaded, updates it if the entry changed and nobody has
     * changed the record since it was loaded; leaves alone a record a user deleted or edited.
     */
    private <T extends TrackedEntity> void load(SeedEntries loaded, Counts counts, List<Runnable> remember,
            String kind, String id, String hash, Class<T> type, Supplier<T> create, Function<T, String> conflictOf,
            Function<T, Runnable> write) {
        SeedEntries.Loaded before = loaded.get(kind, id);
        T record = em.find(type, id);
        if (before == null && record != null) {
            counts.conflict(kind + " '" + id + "': a record with this id was created by a user; it is kept");
            return;
        }
        if (before != null && record == null) {
            counts.keptDeleted++;
            return;
        }
        if (before != null && (!before.hash().equals(record.seedHash) || before.version() != record.version)) {
            counts.keptEdited++;
            return;
        }
        if (before != null && before.hash().equals(hash)) {
            counts.unchanged++;
            return;
        }
        T target = record != null ? record : create.get();
        String conflict = conflictOf.apply(target);
        if (conflict != null) {
            counts.conflict(kind + " '" + id + "': " + conflict);
            return;
        }
        Runnable afterFlush = write.apply(target);
        target.seedHash = hash;
        if (record == null) {
            target.persist();
            counts.created++;
        } else {
            counts.updated++;
        }
        em.flush();
        afterFlush.run();
        remember.add(() -> SeedEntries.remember(em, kind, id, hash, target.version));
    }

    private static Runnable assignParty(Party party, PartyEntry entry) {
        party.id = entry.id();
        party.assign(new PartyInput(entry.id(), entry.name(), entry.kind(), entry.aliases(), entry.representatives()
                .stream().map(r -> new PartyInput.RepresentativeInput(r.id(), r.name(), r.role())).toList()));
        return NOTHING;
    }

    private String representativeTaken(PartyEntry entry) {
        for (var r : entry.representatives()) {
            Representative stored = em.find(Representative.class, r.id());
            if (stored != null && !stored.party.id.equals(entry.id())) {
                return "representative '" + r.id() + "' now speaks for '" + stored.party.id + "'";
            }
        }
        return null;
    }

    private String documentConflict(SourceDocument document, DocumentEntry entry, String text) {
        String sha256 = Hashes.sha256Hex(text);
        SourceDocument same = SourceDocument.find("sha256", sha256).firstResult();
        if (same != null && !same.id.equals(entry.id())) {
            return "its text is stored as document '" + same.id + "'";
        }
        if (document.id == null || sha256.equals(document.sha256)) {
            return null;
        }
        DocumentLock.forUpdate(List.of(document.id));
        for (CitingPosition c : positions.citing(document.id)) {
            if (c.end() > CodePoints.length(text) || !c.quote().equals(CodePoints.slice(text, c.start(), c.end()))) {
                return "the new text would break the citation of position '" + c.positionId() + "'";
            }
        }
        return null;
    }

    private String positionConflict(PositionEntry entry, Map<String, String> texts) {
        Party party = em.find(Party.class, entry.party());
        if (party == null) {
            return "party '" + entry.party() + "' is not stored";
        }
        if (em.find(Topic.class, entry.topic()) == null) {
            return "topic '" + entry.topic() + "' is not stored";
        }
        if (entry.speaker() != null) {
            Representative speaker = em.find(Representative.class, entry.speaker());
            if (speaker == null || !speaker.party.id.equals(entry.party())) {
                return "representative '" + entry.speaker() + "' does not speak for '" + entry.party() + "'";
            }
        }
        if (entry.respondsTo() != null) {
            Set<String> chain = new LinkedHashSet<>(List.of(entry.id()));
            for (Position at = em.find(Position.class, entry.respondsTo()); at != null; at = at.respondsTo) {
                if (!chain.add(at.id)) {
                    return "answering '" + entry.respondsTo() + "' would close a loop: " + chain;
                }
            }
            if (chain.size() == 1) {
                return "position '" + entry.respondsTo() + "' it answers is not stored";
            }
        }
        DocumentLock.forUpdate(entry.citations().stream().map(c -> c.document()).toList());
        for (var citation : entry.citations()) {
            SourceDocument document = em.find(SourceDocument.class, citation.document());
            if (document == null || !document.sha256.equals(Hashes.sha256Hex(texts.get(citation.document())))) {
                return "document '" + citation.document() + "' is not stored with the catalogue's text";
            }
        }
        return null;
    }

    /** Writes the entry into the position; returns what keeps its history once the change is flushed. */
    private Runnable assignPosition(Position position, PositionEntry entry, List<Anchor> anchors) {
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
        return before == null ? () -> history.created(position, ACTOR)
                : () -> history.updated(position, before, ACTOR);
    }

    /** Positions ordered so that each comes after the one it answers (the check has ruled out cycles). */
    private static List<PositionEntry> answeredFirst(List<PositionEntry> positions) {
        Map<String, PositionEntry> byId = new LinkedHashMap<>();
        positions.forEach(p -> byId.put(p.id(), p));
        Map<String, PositionEntry> ordered = new LinkedHashMap<>();
        for (PositionEntry p : positions) {
            List<PositionEntry> chain = new ArrayList<>();
            for (PositionEntry at = p; at != null && !ordered.containsKey(at.id()) && !chain.contains(at);
                    at = byId.get(at.respondsTo())) {
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

    private static String hash(Object entry) {
        try {
            return Hashes.sha256Hex(JSON.writeValueAsBytes(entry));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot hash a catalogue entry", e);
        }
    }

    /** What a load did with the catalogue's entries, and the conflicts that made it skip some. */
    private static final class Counts {
        private int created;
        private int updated;
        private int unchanged;
        private int keptDeleted;
        private int keptEdited;
        private final List<String> conflicts = new ArrayList<>();
        private boolean sameAsLastLoad;

        void reset() {
            created = updated = unchanged = keptDeleted = keptEdited = 0;
            conflicts.clear();
        }

        void conflict(String what) {
            conflicts.add(what);
        }

        void failed(String why) {
            reset();
            conflicts.add(why);
        }

        @Override
        public String toString() {
            if (sameAsLastLoad) {
                return "0 created, 0 updated, the whole catalogue as at its last load";
            }
            return created + " created, " + updated + " updated, " + unchanged + " unchanged, " + keptDeleted
                    + " deleted by users, " + keptEdited + " edited by users, " + conflicts.size() + " in conflict";
        }
    }
}
