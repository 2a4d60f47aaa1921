package org.parley.cache;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How far the data has moved on: a number that grows with every committed write. On one process it is counted
 * here; when replicas share the database, it is the database's {@code data_version}, which every write moves on
 * inside its own transaction.
 */
@ApplicationScoped
public class DataGeneration {

    private final AtomicLong local = new AtomicLong();
    private final boolean shared;
    private final AgroalDataSource dataSource;

    public DataGeneration(CacheConfig config, AgroalDataSource dataSource,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.shared = config.sharedDatabase().orElse(!"h2".equals(dbKind));
        this.dataSource = dataSource;
    }

    public boolean shared() {
        return shared;
    }

    /** The current generation; with a shared database, a query (run it off the event loop). */
    public long current() {
        if (!shared) {
            return local.get();
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select generation from data_version where id = 1");
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the data generation", e);
        }
    }

    /** Inside a writing transaction, just before it commits: replicas will see the write's generation with it. */
    void moveOnInDatabase() {
        if (!shared) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update data_version set generation = generation + 1 where id = 1")) {
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot move the data generation on", e);
        }
    }

    /** After a writing transaction committed. */
    void movedOn() {
        local.incrementAndGet();
    }
}
