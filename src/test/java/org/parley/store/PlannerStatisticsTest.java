package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.Tokens.admin;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A large import leaves PostgreSQL's planner with statistics of the tables it grew, without waiting for autovacuum. */
@QuarkusTest
class PlannerStatisticsTest {

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @BeforeEach
    void onPostgresql() {
        Assumptions.assumeTrue("postgresql".equals(dbKind), "planner statistics are refreshed on PostgreSQL");
    }

    @Test
    void aLargeImportAnalysesTheTablesItGrewOnceItCommits() throws SQLException {
        long before = analyses("source_document");
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            lines.add("{\"type\": \"document\", \"id\": \"stats-" + run + "-" + i + "\", \"title\": \"T\", \"text\": \""
                    + "Report " + run + " number " + i + ".\"}");
        }
        admin().contentType("application/x-ndjson").body(String.join("\n", lines).getBytes(StandardCharsets.UTF_8))
                .when().post("/api/import").then().statusCode(200);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (analyses("source_document") == before) {
            assertTrue(System.nanoTime() < deadline, "source_document was not analysed within 30 s of the import");
            Thread.onSpinWait();
        }
    }

    /** How often the table in our schema was analysed by hand (autovacuum's analyses count apart). */
    private long analyses(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(
                "select analyze_count from pg_stat_user_tables where schemaname = current_schema() and relname = ?")) {
            query.setString(1, table);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }
}
