package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.MemorySize;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded file stays near the size of its live data although WRITE_DELAY=0 stops H2's own compaction: the same
 * writes side by side, with and without the housekeeping.
 */
class H2HousekeepingTest {

    private static final int TRANSACTIONS = 30;
    private static final int ROWS = 250;

    @TempDir
    Path folder;

    @Test
    void aFileWrittenTransactionByTransactionStaysNearItsLiveSizeAndKeepsItsData() throws SQLException {
        long untended = load(file("untended"), false);
        JdbcDataSource tended = file("tended");
        long tidied = load(tended, true);

        assertTrue(tidied * 2 < untended, "tidied: " + tidied + " bytes, left alone: " + untended);
        try (Connection reopened = tended.getConnection(); Statement sql = reopened.createStatement()) {
            assertEquals(TRANSACTIONS * ROWS, count(sql, "select count(*) from note"));
            assertEquals(TRANSACTIONS * ROWS, count(sql, "select count(*) from note where length(body) = 400"));
        }
    }

    /** Inserts rows at random places of a table and its index, a transaction at a time; returns the file's size. */
    private static long load(JdbcDataSource file, boolean tidy) throws SQLException {
        H2Housekeeping housekeeping = housekeeping(file, Optional.empty());
        Random random = new Random(20221210);
        try (Connection open = file.getConnection(); Statement sql = open.createStatement()) {
            // Dead space may be reused at once: H2's default retention (45 s) is for crashes, not for this test.
            sql.execute("set retention_time 0");
            sql.execute("create table note (id varchar(36) primary key, bucket int, body varchar(500))");
            sql.execute("create index note_bucket on note (bucket, id)");
            PreparedStatement insert = open.prepareStatement("insert into note values (?, ?, ?)");
            for (int transaction = 0; transaction < TRANSACTIONS; transaction++) {
                open.setAutoCommit(false);
                for (int row = 0; row < ROWS; row++) {
                    insert.setString(1, new UUID(random.nextLong(), random.nextLong()).toString());
                    insert.setInt(2, random.nextInt(1000));
                    insert.setString(3, "x".repeat(400));
                    insert.executeUpdate();
                }
                open.commit();
                open.setAutoCommit(true);
                if (tidy) {
                    housekeeping.tidy();
                }
            }
            return count(sql, "select setting_value from information_schema.settings"
                    + " where setting_name = 'info.FILE_SIZE'");
        }
    }

    @Test
    void thePageCacheIsAnEighthOfTheHeapOrAsConfigured() throws SQLException {
        JdbcDataSource file = file("cache");
        try (Connection open = file.getConnection(); Statement sql = open.createStatement()) {
            H2Housekeeping byHeap = housekeeping(file, Optional.empty());
            byHeap.start(new StartupEvent());
            byHeap.stop(null);
            assertEquals(Math.max(1, Runtime.getRuntime().maxMemory() / 8 / (1 << 20)), cacheMegabytes(sql));

            H2Housekeeping configured = housekeeping(file, Optional.of(new MemorySize(java.math.BigInteger.valueOf(48L << 20))));
            configured.start(new StartupEvent());
            configured.stop(null);
            assertEquals(48, cacheMegabytes(sql));
        }
    }

    private JdbcDataSource file(String name) {
        JdbcDataSource file = new JdbcDataSource();
        file.setURL("jdbc:h2:file:" + folder.resolve(name) + ";WRITE_DELAY=0");
        return file;
    }

    private static H2Housekeeping housekeeping(JdbcDataSource file, Optional<MemorySize> cacheSize) {
        return new H2Housekeeping(file, new H2Config() {
            @Override
            public Optional<MemorySize> cacheSize() {
                return cacheSize;
            }

            @Override
            public Duration housekeepingInterval() {
                return Duration.ZERO;
            }

            @Override
            public int fillRate() {
                return 80;
            }
        }, "h2");
    }

    private static long cacheMegabytes(Statement sql) throws SQLException {
        return count(sql, "select setting_value from information_schema.settings"
                + " where setting_name = 'info.CACHE_MAX_SIZE'");
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return Long.parseLong(row.getString(1));
        }
    }
}
