package org.parley.change;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.parley.cache.Committing;

/**
 * Numbers a transaction's position revisions in commit order, the cursor of the change feeds. The numbers come from
 * the one change_counter row, moved on just before the commit: the row stays locked until the transaction has
 * committed, so the next writer gets its numbers only once these are visible. A reader that sees a number has
 * therefore seen every smaller one, on every replica; a number is never skipped by a reader that pages on it.
 */
@ApplicationScoped
public class ChangeSequence {

    private final AgroalDataSource dataSource;
    private final TransactionManager transactions;

    public ChangeSequence(AgroalDataSource dataSource, TransactionManager transactions) {
        this.dataSource = dataSource;
        this.transactions = transactions;
    }

    void number(@Observes Committing committing) {
        long[] revisions = committing.ids("PositionRevision").stream().mapToLong(Long::parseLong).sorted().toArray();
        if (revisions.length == 0) {
            return;
        }
        // The transaction's own connection: the data source hands it out while the transaction runs.
        try (Connection connection = dataSource.getConnection()) {
            long last = take(connection, revisions.length);
            try (PreparedStatement update = connection.prepareStatement(
                    "update position_revision set seq = ? where id = ?")) {
                long seq = last - revisions.length;
                for (long id : revisions) {
                    update.setLong(1, ++seq);
                    update.setLong(2, id);
                    update.addBatch();
                }
                update.executeBatch();
            }
        } catch (SQLException | RuntimeException e) {
            // Hibernate logs what fails here and commits anyway: changes without a number would never be listed.
            rollBack();
            throw new IllegalStateException("Cannot number the changes of a transaction; it is rolled back", e);
        }
    }

    private void rollBack() {
        try {
            transactions.setRollbackOnly();
        } catch (SystemException | IllegalStateException e) {
            // No transaction to roll back: nothing was written either.
        }
    }

    /** Moves the counter on by count (locking its row until the commit) and returns its new value. */
    private static long take(Connection connection, int count) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update change_counter set last_seq = last_seq + ? where id = 1")) {
            update.setLong(1, count);
            update.executeUpdate();
        }
        try (PreparedStatement read = connection.prepareStatement("select last_seq from change_counter where id = 1");
                ResultSet row = read.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
