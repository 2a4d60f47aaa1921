package org.parley.store;

import jakarta.inject.Singleton;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
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
 * <p>
 * As autovacuum does, the tables are analysed once what was imported since their last analysis reaches a tenth of
 * what that analysis counted, and only in the columns queries filter, join or sort on: the quotes, summaries and
 * history documents give the planner nothing and were most of the cost (at 100,000 positions 1.15 s of the
 * database's CPU per analysis of every column, 0.49 s of these; a full analysis after every 4,000-position import
 * was 43% of the statement time of the whole load).
 */
@Singleton
public class PlannerStatistics {

    private static final Logger LOG = Logger.getLogger(PlannerStatistics.class);
    /** autovacuum_analyze_scale_factor's default. */
    static final double GROWTH = 0.1;
    /** Fewer records than this since the last analysis never change a plan that matters. */
    static final long AT_LEAST = 1000;
    /** The tables an import grows, each with the columns that its queries' conditions, joins and orders name. */
    private static final List<String> IMPORTED = List.of(
            "party_position (id, party_id, topic_id, kind, stated_on, speaker_id, responds_to_id, updated_at,"
                    + " seed_hash)",
            "citation (id, position_id, ord, document_id, anchor_status)",
            "position_revision (id, position_id, changed_at, seq)",
            "source_document (id, published_on, updated_at, sha256, seed_hash)",
            "position_pair");
    /** What the last analysis counted: the planner's own estimate of the rows in the tables records are imported to. */
    private static final String ANALYSED_ROWS = "select coalesce(sum(greatest(reltuples, 0)), 0) from pg_class"
            + " where oid in (to_regclass('party_position'), to_regclass('source_document'))";

    private final DataSource dataSource;
    private final ManagedExecutor background;
    private final TransactionSynchronizationRegistry transaction;
    private final boolean postgresql;
    /** An analysis is waiting to start: imports committed meanwhile need no other. */
    private final AtomicBoolean waiting = new AtomicBoolean();
    /** Documents and positions committed by imports of this process since it last analysed the tables. */
    private final AtomicLong unanalysed = new AtomicLong();

    public PlannerStatistics(DataSource dataSource, ManagedExecutor background,
            TransactionSynchronizationRegistry transaction,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.dataSource = dataSource;
        this.background = background;
        this.transaction = transaction;
        this.postgresql = "postgresql".equals(dbKind);
    }

    /**
     * Once the current transaction has committed the import's records, analyses the imported tables in the
     * background if they have grown enough since their last analysis (PostgreSQL).
     */
    public void refreshAfterCommit(long records) {
        if (!postgresql || records == 0) {
            return;
        }
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    return;
                }
                // Below AT_LEAST no analysis can be due: no background task or connection is spent on asking.
                if (unanalysed.addAndGet(records) >= AT_LEAST && waiting.compareAndSet(false, true)) {
                    background.runAsync(PlannerStatistics.this::analyzeQuietly);
                }
            }
        });
    }

    /** Whether records imported since an analysis that counted so many rows are enough to analyse again. */
    static boolean due(long records, double analysedRows) {
        return records >= Math.max(AT_LEAST, GROWTH * analysedRows);
    }

    /** Analyses the imported tables now if they are due, each in its own statement outside any transaction of ours. */
    void analyze() throws SQLException {
        waiting.set(false);
        long records = unanalysed.get();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            if (!due(records, analysedRows(statement))) {
                return;
            }
            unanalysed.addAndGet(-records);
            for (String table : IMPORTED) {
                statement.execute("analyze " + table);
            }
        }
    }

    private static double analysedRows(Statement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery(ANALYSED_ROWS)) {
            row.next();
            return row.getDouble(1);
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
