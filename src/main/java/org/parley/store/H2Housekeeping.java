package org.parley.store;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
import org.jboss.logging.Logger;

/**
 * Keeps the embedded H2 file about as large as the data it holds, and gives H2 a page cache sized from the heap.
 * <p>
 * H2 writes every commit as a new chunk at the file's free space; pages a later commit replaces leave dead space in
 * older chunks, which H2's background writer rewrites and frees. {@code WRITE_DELAY=0} (a commit reaches the file
 * before it is answered) also switches that writer off, so nothing ever rewrote them: loading 100,000 positions left
 * a 4.7 GB file, most of it dead chunks. This does the writer's rewriting on a timer instead, through the MVStore's
 * public compaction, with the commit durability unchanged: rewritten pages are saved by a commit like any other, a
 * chunk's space is reused only once H2's retention time has passed, and a chunk is moved only after a sync.
 */
@Singleton
public class H2Housekeeping {

    private static final Logger LOG = Logger.getLogger(H2Housekeeping.class);
    /** The most live data one round rewrites, so that a round holds H2's store lock only briefly. */
    private static final int WRITE_LIMIT = 4 * 1024 * 1024;

    private final DataSource dataSource;
    private final H2Config config;
    private final boolean h2;
    /** Whether the last round failed: a lasting failure is logged once, not every round. */
    private volatile boolean failing;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "parley-h2-housekeeping");
        thread.setDaemon(true);
        return thread;
    });

    public H2Housekeeping(DataSource dataSource, H2Config config,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.dataSource = dataSource;
        this.config = config;
        this.h2 = "h2".equals(dbKind);
    }

    void start(@Observes StartupEvent started) {
        if (!h2) {
            return;
        }
        long cacheKb = config.cacheSize().map(size -> size.asLongValue() / 1024)
                .orElse(Runtime.getRuntime().maxMemory() / 8 / 1024);
        onStore((connection, store) -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("set cache_size " + Math.min(Integer.MAX_VALUE, Math.max(1024, cacheKb)));
            }
        });
        long every = config.housekeepingInterval().toMillis();
        if (every > 0) {
            timer.scheduleWithFixedDelay(this::tidyQuietly, every, every, TimeUnit.MILLISECONDS);
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        timer.shutdownNow();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * One round, as H2's background writer does it: rewrites the live pages of the sparsest chunks old enough to be
     * rewritten and saves them (their old chunks are freed by the next commit), then moves chunks from the end of the
     * file into the free space so that the file shrinks.
     */
    void tidy() {
        onStore((connection, store) -> {
            FileStore<?> file = store.getFileStore();
            if (file.getChunksFillRate() < config.fillRate() && store.compact(config.fillRate(), WRITE_LIMIT)) {
                store.commit();
            }
            if (file instanceof RandomAccessStore space && space.getFillRate() < config.fillRate()) {
                space.compactMoveChunks(config.fillRate(), WRITE_LIMIT, store);
            }
        });
    }

    private void tidyQuietly() {
        try {
            tidy();
            failing = false;
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warnf(e, "H2 housekeeping failed; it is tried again every %s", config.housekeepingInterval());
            }
            failing = true;
        }
    }

    private interface StoreWork {
        void run(Connection connection, MVStore store) throws SQLException;
    }

    /** Runs {@code work} with the database's store, when it is a file (an in-memory database has nothing to tidy). */
    private void onStore(StoreWork work) {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isWrapperFor(JdbcConnection.class)
                    && connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session) {
                MVStore store = session.getDatabase().getStore().getMvStore();
                if (store.isPersistent() && !store.isClosed()) {
                    work.run(connection, store);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the H2 database", e);
        }
    }
}
