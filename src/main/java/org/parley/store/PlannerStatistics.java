package org.parley.store;

import jakarta.inject.Singleton;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Brings PostgreSQL's planner statistics up to date after a bulk load, as its manual advises ("Populating a
 * Database": run ANALYZE afterwards), instead of waiting for autovacuum, which may be a minute away or switched off.
 * <p>
 * Without them the planner guesses from the tables' sizes alone. Importing 4,000 positions at a time into tables never
 * analysed went from 1,000-1,400 positions/s at 40,000-80,000 positions to 265-330/s at 80,000-130,000, when its plans
 * turned (a parallel scan of every citation to index a batch); after ANALYZE the same chunks took 1,460-1,840/s.
 */
@Singleton
public class PlannerStatistics {

    private static final Logger LOG = Logger.getLogger(PlannerStatistics.class);
    /** The tables an import grows. */
    private static final List<String> IMPORTED = List.of("party_position", "citation", "position_revision",
            "source_document", "position_pair");

    private final DataSource dataSource;
    private final ManagedExecutor background;
    private final TransactionSynchronizationRegistry transaction;
    private final boolean postgresql;
    /** An analysis is waiting to start: imports committed meanwhile need no other. */
    private final AtomicBoolean waiting = new AtomicBoolean();

    public PlannerStatistics(DataSource dataSource, ManagedExecutor background,
            TransactionSynchronizationRegistry transaction,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.dataSource = dataSource;
        this.background = background;
        this.transaction = transaction;
        this.postgresql = "postgresql".equals(dbKind);
    }

    /** Once the current transaction has committed, analyses the imported tables in the background (PostgreSQL). */
    public void refreshAfterCommit() {
        if (!postgresql) {
            return;
        }
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED && waiting.compareAndSet(false, true)) {
                    background.runAsync(PlannerStatistics.this::analyzeQuietly);
                }
            }
        });
    }

    /** Analyses the imported tables now, each in its own statement and outside any transaction of ours. */
    void analyze() throws SQLException {
        waiting.set(false);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            for (String table : IMPORTED) {
                statement.execute("analyze " + table);
            }
        }
    }

    private void analyzeQuietly() {
        try {
            analyze();
        } catch (SQLException | RuntimeException e) {
            // Only the planner's estimates wait for autovacuum then; no data depends on it.
            LOG.warnf(e, "Could not analyse the imported tables");
        }
    }
}
