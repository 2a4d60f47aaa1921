package org.parley.search;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.parley.cache.DataGeneration;
import org.parley.error.DomainException;
import org.parley.position.StoredPosition;
import org.parley.search.IndexRows.DocumentRow;
import org.parley.store.OwnerOnly;

/**
 * The full-text index of positions and documents, kept beside the database. Every change to it runs on one
 * thread, in order: the build at start (from scratch when the index is missing, unreadable or of an older
 * format; otherwise a comparison with the database), the entries a committed write touched, a replica's catch-up
 * with the others' writes, an admin's rebuild. Searches read the latest refreshed view.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class);
    /** Bump when what is indexed, or how, changes: an index of another format is rebuilt at start. */
    static final String FORMAT = "parley-search-3";
    private static final String FORMAT_KEY = "format";

    public enum State { STARTING, BUILDING, READY, FAILED }

    private final SearchConfig config;
    private final IndexRows rows;
    private final DataGeneration generation;
    private final SearchDeadlines deadlines;
    private final boolean shared;
    private final Path path;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(named("parley-search-index"));
    private final ScheduledExecutorService committer =
            Executors.newSingleThreadScheduledExecutor(named("parley-search-commit"));
    private volatile State state = State.STARTING;
    private volatile Future<?> startup;
    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    /** The data generation the index is known to have caught up with (replicas). */
    private volatile long caughtUpGeneration = -1;
    private Instant caughtUpAt;

    public SearchIndex(SearchConfig config, IndexRows rows, DataGeneration generation, SearchDeadlines deadlines,
            @ConfigProperty(name = "parley.data-dir") String dataDir,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind,
            @ConfigProperty(name = "parley.cache.shared-database") java.util.Optional<Boolean> sharedDatabase) {
        this.config = config;
        this.rows = rows;
        this.generation = generation;
        this.deadlines = deadlines;
        this.shared = sharedDatabase.orElse(!"h2".equals(dbKind));
        this.path = Path.of(config.indexDir().orElse(dataDir + "/index"));
    }

    void start(@Observes @jakarta.annotation.Priority(1) StartupEvent started) {
        IndexSearcher.setMaxClauseCount(config.maxClauses());
        startup = worker.submit(this::open);
        committer.scheduleWithFixedDelay(this::commitQuietly, 5, 5, TimeUnit.SECONDS);
    }

    void stop(@Observes ShutdownEvent stopping) {
        committer.shutdownNow();
        worker.shutdown();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
            if (writer != null) {
                commit();
                searchers.close();
                writer.close();
                directory.close();
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            LOG.warnf(e, "Closing the search index failed; it is compared with the database at the next start");
        }
    }

    public State state() {
        return state;
    }

    /**
     * The index's entries for these positions and documents, read again from the database; waits for it.
     * {@code written} is the data generation of the write that touched them, if it was this replica's and committed.
     * Returns the words of the positions' entries as they were and are ({@link SearchScopes}), or null when they
     * are not known: documents changed, too many positions, or the index did not follow in time.
     */
    public Set<String> refresh(Collection<String> positionIds, Collection<String> documentIds, Long written) {
        if (positionIds.isEmpty() && documentIds.isEmpty()) {
            return Set.of();
        }
        boolean named = documentIds.isEmpty() && positionIds.size() <= SearchScopes.MOST_POSITIONS;
        Future<Set<String>> done = worker.submit(() -> {
            if (writer == null) {
                return null; // not opened: the start-up failure is reported by readiness
            }
            // Read before the rows, as a catch-up reads it; only when the write is the next after the last catch-up.
            Instant at = followsCatchUp(written) ? rows.databaseNow() : null;
            Set<String> words = named ? new HashSet<>() : null;
            update(positionIds, documentIds, words);
            searchers.maybeRefreshBlocking();
            if (at != null) {
                caughtUp(written, at);
            }
            return words == null || words.size() > SearchScopes.MOST_WORDS ? null : words;
        });
        try {
            return done.get(config.readyWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.infof("The search index is busy; %d position(s) and %d document(s) show in search once it is done",
                    positionIds.size(), documentIds.size());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.errorf(e.getCause(), "Updating the search index failed; it is compared with the database again");
            worker.submit(this::reconcile);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.debugf("The search index is closed; the write is compared with it at the next start");
        }
        return null;
    }

    /** Starts a rebuild from the database; searches keep the old view until it is done. */
    public void rebuild() {
        worker.submit(() -> {
            build();
            return null;
        });
    }

    /**
     * Runs {@code search} on the latest view of the index, once it is built and (replicas) has caught up with the
     * data generation; 503 if that takes longer than {@code parley.search.ready-wait}, or the search longer than
     * {@code parley.search.timeout}.
     */
    public <T> T search(Function<IndexSearcher, T> search) {
        awaitCurrent();
        IndexSearcher shared;
        try {
            shared = searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
            searcher.setTimeout(deadlines.start(config.timeout()));
            T result = search.apply(searcher);
            if (searcher.timedOut()) {
                throw tooSlow("The search took longer than " + config.timeout().toMillis() + " ms; narrow it.");
            }
            return result;
        } catch (IndexSearcher.TooManyClauses e) {
            throw TextAnalysis.tooManyClauses("q");
        } finally {
            try {
                searchers.release(shared);
            } catch (IOException e) {
                LOG.debugf(e, "Releasing a searcher failed");
            }
        }
    }

    private void awaitCurrent() {
        Future<?> started = startup;
        wait(started, "being built");
        if (state != State.READY && state != State.BUILDING) {
            throw tooSlow("The search index is not available; see /q/health/ready.");
        }
        if (shared) {
            long current = generation.current();
            if (current > caughtUpGeneration) {
                wait(worker.submit(() -> catchUp(current)), "catching up with other replicas' writes");
            }
        }
    }

    private void wait(Future<?> task, String doing) {
        if (task == null) {
            throw tooSlow("The search index is starting.");
        }
        try {
            task.get(config.readyWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw tooSlow("The search index is " + doing + "; try again shortly.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw tooSlow("Interrupted while the search index was " + doing + ".");
        } catch (ExecutionException e) {
            LOG.errorf(e.getCause(), "The search index failed while %s", doing);
            throw tooSlow("The search index failed while " + doing + "; see the log.");
        }
    }

    private static DomainException tooSlow(String detail) {
        return DomainException.unavailable(detail);
    }

    /** Opens the index, building it from scratch when it is missing, unreadable or of another format. */
    private Void open() throws IOException {
        try {
            if (config.cleanAtStart()) {
                wipe();
            }
            OwnerOnly.folder(path);
            directory = FSDirectory.open(path);
            boolean usable = usable();
            if (!usable) {
                directory.close();
                wipe();
                OwnerOnly.folder(path);
                directory = FSDirectory.open(path);
            }
            IndexWriterConfig settings = new IndexWriterConfig(TextAnalysis.ANALYZER)
                    .setOpenMode(usable ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE);
            writer = new IndexWriter(directory, settings);
            searchers = new SearcherManager(writer, null);
            state = State.BUILDING;
            if (usable) {
                reconcile();
            } else {
                build();
            }
            state = State.READY;
            return null;
        } catch (IOException | RuntimeException e) {
            state = State.FAILED;
            LOG.errorf(e, "The search index at %s cannot be opened or built", path);
            throw e;
        }
    }

    private boolean usable() {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                LOG.infof("No search index at %s: building it from the database", path);
                return false;
            }
            SegmentInfos commit = SegmentInfos.readLatestCommit(directory);
            if (!FORMAT.equals(commit.getUserData().get(FORMAT_KEY))) {
                LOG.infof("The search index at %s is of another format: rebuilding it", path);
                return false;
            }
            DirectoryReader.open(directory).close();
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.warnf("The search index at %s cannot be read (%s): rebuilding it", path, e.toString());
            return false;
        }
    }

    private void wipe() throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    /** Every entry again from the database; the view searches see changes once, at the end. */
    private void build() throws IOException {
        long started = System.nanoTime();
        Instant at = rows.databaseNow();
        long seen = generation.current();
        writer.deleteAll();
        int positions = 0;
        for (List<StoredPosition> chunk = rows.positionsAfter(null); !chunk.isEmpty();
                chunk = rows.positionsAfter(chunk.get(chunk.size() - 1).id())) {
            for (StoredPosition row : chunk) {
                writer.addDocument(IndexFields.of(row));
            }
            positions += chunk.size();
        }
        List<String> documentIds = rows.documentIds();
        for (List<String> chunk : chunks(documentIds)) {
            for (DocumentRow row : rows.documents(chunk)) {
                writer.addDocument(IndexFields.of(row));
            }
        }
        // One segment: a search pays its per-segment costs (a weight, a term lookup per word and per page's
        // reference) once, where a build leaves a dozen segments at 100,000 positions.
        writer.forceMerge(1);
        commit();
        searchers.maybeRefreshBlocking();
        caughtUp(seen, at);
        LOG.infof("Search index built: %d positions and %d documents in %d ms", positions, documentIds.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Compares every entry's version with the database's, and reads again those that differ. */
    private Void reconcile() throws IOException {
        Instant at = rows.databaseNow();
        long seen = generation.current();
        int changed = 0;
        for (String type : List.of(IndexFields.POSITION, IndexFields.DOCUMENT)) {
            Map<String, Long> stored = rows.versions(type.equals(IndexFields.POSITION) ? "party_position"
                    : "source_document");
            Map<String, Long> indexed = indexedVersions(type);
            Set<String> differ = new HashSet<>();
            stored.forEach((id, version) -> {
                if (!version.equals(indexed.get(id))) {
                    differ.add(id);
                }
            });
            indexed.keySet().stream().filter(id -> !stored.containsKey(id)).forEach(differ::add);
            changed += differ.size();
            if (type.equals(IndexFields.POSITION)) {
                update(differ, List.of());
            } else {
                update(List.of(), differ);
            }
        }
        searchers.maybeRefreshBlocking();
        caughtUp(seen, at);
        LOG.infof("Search index compared with the database: %d entries read again", changed);
        return null;
    }

    /**
     * Replicas: whether this replica's own write ({@code written}: its generation, null if none) is the generation
     * after the last catch-up, so that once it is indexed no other replica's write is missing and searches need no
     * catch-up for it. Without this, a replica writing alone compared the index with the database at the first search
     * after each of its writes. Runs on the index's thread, the only one that moves the caught-up generation on.
     */
    private boolean followsCatchUp(Long written) {
        return shared && written != null && caughtUpAt != null && caughtUpGeneration == written - 1;
    }

    /** Replicas: reads again what any replica changed since the last catch-up, less a margin. */
    private Void catchUp(long seen) throws IOException {
        if (seen <= caughtUpGeneration) {
            return null;
        }
        if (caughtUpAt == null) {
            return reconcile();
        }
        Instant at = rows.databaseNow();
        Instant since = caughtUpAt.minus(config.catchUpMargin());
        IndexRows.DocumentChanges changedDocuments = rows.documentsChangedSince(since);
        IndexSearcher searcher = searchers.acquire();
        Set<String> positions;
        Set<String> documents;
        boolean documentsDeleted;
        try {
            positions = stale(rows.positionsChangedSince(since),
                    id -> indexedVersion(searcher, IndexFields.POSITION, id));
            Map<String, Long> indexedDocuments = new HashMap<>();
            for (String id : changedDocuments.versions().keySet()) {
                indexedDocuments.put(id, indexedVersion(searcher, IndexFields.DOCUMENT, id));
            }
            documents = stale(changedDocuments.versions(), indexedDocuments::get);
            long added = indexedDocuments.values().stream().filter(Objects::isNull).count();
            int indexed = searcher.count(new TermQuery(new Term(IndexFields.TYPE, IndexFields.DOCUMENT)));
            documentsDeleted = indexed + added > changedDocuments.count();
        } finally {
            searchers.release(searcher);
        }
        if (documentsDeleted) {
            documents.addAll(deletedDocuments());
        }
        update(positions, documents);
        searchers.maybeRefreshBlocking();
        caughtUp(seen, at);
        return null;
    }

    /**
     * The documents the index holds that the database no longer does. A catch-up looks for them only when the counts
     * say some are gone (the index's, those it is missing, the database's at the moment it read the changes): a
     * document leaves no row behind when it is deleted, so finding which means reading every id.
     */
    private Set<String> deletedDocuments() throws IOException {
        Set<String> present = new HashSet<>(rows.documentIds());
        Set<String> deleted = new HashSet<>();
        indexedVersions(IndexFields.DOCUMENT).keySet().stream().filter(id -> !present.contains(id))
                .forEach(deleted::add);
        return deleted;
    }

    /**
     * The rows the index does not hold at their version now (null: deleted). The margin makes a catch-up look back
     * over what it has mostly seen, this replica's own writes and, after a large import, tens of thousands of
     * positions: reading those again held every search and write behind the index for seconds.
     */
    private static Set<String> stale(Map<String, Long> versions, IndexedVersion indexed) throws IOException {
        Set<String> stale = new HashSet<>();
        for (Map.Entry<String, Long> row : versions.entrySet()) {
            if (!Objects.equals(row.getValue(), indexed.of(row.getKey()))) {
                stale.add(row.getKey());
            }
        }
        return stale;
    }

    private interface IndexedVersion {
        Long of(String id) throws IOException;
    }

    /** The version of the position or document the searcher's view holds, if it holds it. */
    private static Long indexedVersion(IndexSearcher searcher, String type, String id) throws IOException {
        Term key = IndexFields.key(type, id);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            PostingsEnum postings = leaf.reader().postings(key, PostingsEnum.NONE);
            if (postings == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                NumericDocValues version = leaf.reader().getNumericDocValues(IndexFields.VERSION);
                if ((live == null || live.get(doc)) && version != null && version.advanceExact(doc)) {
                    return version.longValue();
                }
            }
        }
        return null;
    }

    private void caughtUp(long seen, Instant at) {
        caughtUpGeneration = Math.max(caughtUpGeneration, seen);
        caughtUpAt = at;
    }

    private void update(Collection<String> positionIds, Collection<String> documentIds) throws IOException {
        update(positionIds, documentIds, null);
    }

    /** Reads the entries again; adds the words of the positions' entries before and after to {@code words}, if any. */
    private void update(Collection<String> positionIds, Collection<String> documentIds, Set<String> words)
            throws IOException {
        for (List<String> chunk : chunks(positionIds)) {
            Set<String> missing = new HashSet<>(chunk);
            if (words != null) {
                indexedPositions(chunk).forEach(before -> SearchScopes.addWords(before, words));
            }
            for (StoredPosition row : rows.positions(chunk)) {
                if (words != null) {
                    SearchScopes.addWords(row, words);
                }
                writer.updateDocument(IndexFields.key(IndexFields.POSITION, row.id()), IndexFields.of(row));
                missing.remove(row.id());
            }
            for (String id : missing) {
                writer.deleteDocuments(IndexFields.key(IndexFields.POSITION, id));
            }
        }
        for (List<String> chunk : chunks(documentIds)) {
            Set<String> missing = new HashSet<>(chunk);
            for (DocumentRow row : rows.documents(chunk)) {
                writer.updateDocument(IndexFields.key(IndexFields.DOCUMENT, row.id()), IndexFields.of(row));
                missing.remove(row.id());
            }
            for (String id : missing) {
                writer.deleteDocuments(IndexFields.key(IndexFields.DOCUMENT, id));
            }
        }
    }

    /** The positions as the index's current view holds them, those it holds. */
    private Collection<StoredPosition> indexedPositions(Collection<String> ids) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return PositionSearch.entries(searcher, IndexFields.POSITION, new HashSet<>(ids), StoredValues::position);
        } finally {
            searchers.release(searcher);
        }
    }

    private Map<String, Long> indexedVersions(String type) throws IOException {
        Map<String, Long> versions = new HashMap<>();
        searchers.maybeRefreshBlocking();
        IndexSearcher searcher = searchers.acquire();
        try {
            TermQuery ofType = new TermQuery(new Term(IndexFields.TYPE, type));
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                var scorer = searcher.createWeight(searcher.rewrite(ofType),
                        org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES, 1).scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                SortedDocValues ids = leaf.reader().getSortedDocValues(IndexFields.ID);
                NumericDocValues version = leaf.reader().getNumericDocValues(IndexFields.VERSION);
                var docs = scorer.iterator();
                var live = leaf.reader().getLiveDocs();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS;
                        doc = docs.nextDoc()) {
                    if ((live == null || live.get(doc)) && ids.advanceExact(doc) && version.advanceExact(doc)) {
                        versions.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), version.longValue());
                    }
                }
            }
        } finally {
            searchers.release(searcher);
        }
        return versions;
    }

    private void commit() throws IOException {
        writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
        writer.commit();
    }

    private void commitQuietly() {
        try {
            if (writer != null && writer.hasUncommittedChanges()) {
                worker.submit(() -> {
                    commit();
                    return null;
                });
            }
        } catch (RuntimeException e) {
            LOG.debugf(e, "Committing the search index failed; retried shortly");
        }
    }

    private static <T> List<List<T>> chunks(Collection<T> all) {
        List<T> list = new ArrayList<>(all);
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < list.size(); i += IndexRows.CHUNK) {
            chunks.add(list.subList(i, Math.min(list.size(), i + IndexRows.CHUNK)));
        }
        return chunks;
    }

    private static java.util.concurrent.ThreadFactory named(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
