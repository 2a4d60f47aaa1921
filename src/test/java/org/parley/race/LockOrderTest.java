package org.parley.race;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.Tokens.editor;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.parley.Fixtures;

/**
 * A position write and a document write lock in the same order: the document first, then the positions. CI's
 * property test once saw PostgreSQL break a deadlock between a position answering another (it locked the answered
 * position, then the cited document) and a text replacement re-anchoring the answered position (document, then
 * position). Here that interleaving is forced: this test holds the document as a replacement would, waits until the
 * position write is blocked (PostgreSQL says so), then updates the answered position as the re-anchoring would.
 */
@QuarkusTest
class LockOrderTest {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @Test
    void aPositionWriteTakesItsDocumentsBeforeThePositionItAnswers() throws Exception {
        Assumptions.assumeTrue("postgresql".equals(dbKind), "PostgreSQL reports who waits for a lock");
        String party = Fixtures.party();
        String topic = Fixtures.topic();
        String document = Fixtures.document();
        String answered = Fixtures.position(party, topic, document, "The position answered.");
        String answering = Fixtures.position(party, topic, document, "The position that will answer it.");
        String etag = Fixtures.etag("/api/positions/" + answering);

        CompletableFuture<Response> write;
        try (Connection replacement = dataSource.getConnection()) {
            replacement.setAutoCommit(false);
            execute(replacement, "select id from source_document where id = ? for update", document);
            write = CompletableFuture.supplyAsync(() -> editor().contentType("application/merge-patch+json")
                    .header("If-Match", etag).body("{\"respondsTo\": \"" + answered + "\"}")
                    .when().patch("/api/positions/" + answering));
            awaitBlockedOnTheDocument();
            execute(replacement, "update party_position set version = version where id = ?", answered);
            replacement.commit();
        }
        Response response = write.get(30, TimeUnit.SECONDS);
        assertEquals(200, response.statusCode(), response.asString());
        assertEquals(answered, response.path("respondsTo.id"));
    }

    private static void execute(Connection connection, String sql, String id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, id);
            statement.execute();
        }
    }

    /**
     * Until a session waits for a lock while locking documents (at most 20 s). Asked on a connection of its own, in
     * a transaction per question: within one, PostgreSQL shows the same snapshot of its activity.
     */
    private void awaitBlockedOnTheDocument() throws SQLException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement waiting = connection.prepareStatement("select count(*) from pg_stat_activity"
                + " where wait_event_type = 'Lock' and pid <> pg_backend_pid() and query ilike '%source_document%'")) {
            while (true) {
                try (ResultSet result = waiting.executeQuery()) {
                    result.next();
                    if (result.getInt(1) > 0) {
                        return;
                    }
                }
                assertTrue(System.nanoTime() < deadline, "the position write never waited for the document");
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
            }
        }
    }
}
