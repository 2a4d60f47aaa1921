package org.parley.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.Fixtures;
import org.parley.position.PositionInput;
import org.parley.position.PositionInput.CitationInput;
import org.parley.position.PositionKind;
import org.parley.position.PositionService;

/**
 * Two transactions that write positions of the same party and topic: the second recomputes the pair only once the
 * first has committed, and so counts both positions and picks the right latest. The interleaving is forced: the
 * first holds its transaction open until the database shows the second waiting for a lock.
 */
@QuarkusTest
class PairLockTest {

    @Inject
    PositionService writes;

    @Inject
    AgroalDataSource dataSource;

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aSecondWriterOfThePairWaitsAndCountsTheFirstsPosition(boolean laterFirst) throws Exception {
        String party = Fixtures.party();
        String topic = Fixtures.topic();
        // Each cites its own document: documents are locked while citing, and only the pair's lock may be shared.
        String first = Fixtures.unique("first");
        String second = Fixtures.unique("second");
        LocalDate early = LocalDate.of(2022, 1, 10);
        LocalDate late = early.plusDays(1);
        PositionInput firstInput = input(first, party, topic, Fixtures.document(), laterFirst ? late : early);
        PositionInput secondInput = input(second, party, topic, Fixtures.document(), laterFirst ? early : late);
        long waitingBefore = waitingForLocks();
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            QuarkusTransaction.begin();
            writes.create(firstInput, "first");
            Future<?> secondWrite = other.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                waitLongForLocks();
                writes.create(secondInput, "second");
            }));
            awaitWaiting(waitingBefore + 1, secondWrite);
            QuarkusTransaction.commit();
            secondWrite.get(60, TimeUnit.SECONDS);
        } finally {
            if (QuarkusTransaction.isActive()) {
                QuarkusTransaction.rollback();
            }
            other.shutdownNow();
        }
        try (Connection connection = dataSource.getConnection(); PreparedStatement cell = connection.prepareStatement(
                "select positions, latest_id from position_pair where party_id = ? and topic_id = ?")) {
            cell.setString(1, party);
            cell.setString(2, topic);
            try (ResultSet row = cell.executeQuery()) {
                assertTrue(row.next());
                assertEquals(2, row.getLong(1));
                assertEquals(laterFirst ? first : second, row.getString(2));
            }
        }
    }

    private static PositionInput input(String id, String party, String topic, String document, LocalDate on) {
        return new PositionInput(id, party, topic, PositionKind.STATEMENT, "Said " + id + ".", on, null, null,
                List.of(new CitationInput(document, Fixtures.QUOTE, null, null, null, null)));
    }

    /** H2 gives up on a lock after 10 s as configured; the second writer here may wait longer on a busy machine. */
    private void waitLongForLocks() {
        if (h2()) {
            Panache.getEntityManager().createNativeQuery("set lock_timeout 60000").executeUpdate();
        }
    }

    /** Polls the database until that many sessions wait for a lock (the second writer's refresh). */
    private void awaitWaiting(long sessions, Future<?> secondWrite) throws SQLException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (waitingForLocks() < sessions) {
            assertTrue(!secondWrite.isDone(), "the second write finished while the first held the pair");
            assertTrue(System.nanoTime() < deadline, "the second write never waited for the pair's lock");
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
    }

    private long waitingForLocks() throws SQLException {
        String sql = h2() ? "select count(*) from information_schema.sessions where blocker_id is not null"
                : "select count(*) from pg_stat_activity where wait_event_type = 'Lock'";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement(sql); ResultSet row = count.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private boolean h2() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().equals("H2");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
