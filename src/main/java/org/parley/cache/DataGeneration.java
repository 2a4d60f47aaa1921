package org.parley.cache;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * How far the data has moved on: a number that grows with every committed write. On one process it is counted
 * here; when replicas share the database, it is the database's {@code data_version}, which every write moves on
 * inside its own transaction. Replicas either ask the database on every read (strict: no read is ever served
 * from memory past another replica's write) or, with {@code parley.cache.shared-check-interval}, poll it in the
 * background (another replica's write shows within that interval; this replica's own at once).
 *
 * <p>Each generation this process moved on is remembered with the scopes its write touched ({@link Touched}), so a
 * read kept at an earlier generation stays current when none of them is a scope it shows.
 */
@ApplicationScoped
public class DataGeneration {

    private static final Logger LOG = Logger.getLogger(DataGeneration.class);
    private static final String READ = "select generation from data_version where id = 1";

    private final AtomicLong local = new AtomicLong();
    private final Touched touched = new Touched();
    private final boolean shared;
    private final Duration interval;
    private final AgroalDataSource dataSource;
    /** Reads that ask the database at the same time share one query. */
    private final SingleFlight<Long> asked = new SingleFlight<>(this::ask);
    /** The generation last polled, trusted until {@link #trustedUntil} (System.nanoTime), two intervals on. */
    private volatile long polled;
    private volatile long trustedUntil = System.nanoTime();
    // Not quarkus-scheduler: its in-memory scheduler checks triggers once a second, and replicas poll every 100 ms.
    private ScheduledExecutorService poller;

    public DataGeneration(CacheConfig config, AgroalDataSource dataSource,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.shared = config.sharedDatabase().orElse(!"h2".equals(dbKind));
        this.interval = config.sharedCheckInterval();
        this.dataSource = dataSource;
    }

    void start(@Observes StartupEvent started) {
        if (shared && !interval.isZero()) {
            poller = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "parley-data-generation");
                thread.setDaemon(true);
                return thread;
            });
            poller.scheduleWithFixedDelay(this::poll, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (poller != null) {
            poller.shutdownNow();
        }
    }

    /** The current generation; with a shared database and no recent poll, a query (run it off the event loop). */
    public long current() {
        Long known = knownWithoutAsking();
        if (known != null) {
            return known;
        }
        return asked.get();
    }

    private long ask() {
        try (Connection connection = dataSource.getConnection()) {
            return read(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the data generation", e);
        }
    }

    /** The current generation when it is known here without a query (one process, or a recent poll), else null. */
    Long knownWithoutAsking() {
        if (!shared) {
            return local.get();
        }
        long known = polled;
        return System.nanoTime() - trustedUntil < 0 ? known : null;
    }

    /**
     * Inside a writing transaction, just before it commits: replicas will see the write's generation with it. Returns
     * that generation (the row stays locked until the commit, so it is this write's alone), or null on one process.
     */
    Long moveOnInDatabase() {
        if (!shared) {
            return null;
        }
        // The transaction's own connection: Agroal hands out the one enlisted in it.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update data_version set generation = generation + 1 where id = 1")) {
            update.executeUpdate();
            return read(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot move the data generation on", e);
        }
    }

    /**
     * After a writing transaction ended: the scopes it touched are remembered at its generation (on one process, the
     * next one, before any read can see it; with a shared database, the one it took there, if it committed). Until
     * the next poll, reads here ask the database, so they see it.
     */
    synchronized void movedOn(Set<String> scopes, Long databaseGeneration) {
        if (!shared) {
            touched.record(local.get() + 1, scopes);
        } else if (databaseGeneration != null) {
            touched.record(databaseGeneration, scopes);
        }
        local.incrementAndGet();
        trustedUntil = System.nanoTime() - 1;
    }

    /** Whether no write from generation {@code since} on, up to {@code now}, touched any of the scopes. */
    boolean untouched(long since, long now, Set<String> scopes) {
        return touched.untouched(since, now, scopes);
    }

    private void poll() {
        long writesBefore = local.get();
        try (Connection connection = dataSource.getConnection()) {
            long value = read(connection);
            synchronized (this) {
                // A write here during the poll may be newer than what it read: trust the next poll instead.
                if (local.get() == writesBefore) {
                    polled = value;
                    trustedUntil = System.nanoTime() + 2 * interval.toNanos();
                }
            }
        } catch (SQLException | RuntimeException e) {
            LOG.debugf(e, "Polling the data generation failed; reads ask the database until it works again");
        }
    }

    private static long read(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(READ); ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
