package org.parley.perf;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * No N+1: a read runs a fixed number of SQL statements whatever its page size. Each request carries a parameter
 * the API ignores, so it misses the response cache and is rendered from the database.
 */
@QuarkusTest
class StatementCountTest {

    @Inject
    EntityManagerFactory entityManagerFactory;

    private long statementsFor(String path, int expectedItems, String itemsPath) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        int items = given().queryParam("uncached", UUID.randomUUID().toString()).when().get(path)
                .then().statusCode(200).extract().jsonPath().getList(itemsPath).size();
        if (expectedItems > 0) {
            assertEquals(expectedItems, items, path);
        }
        return statistics.getPrepareStatementCount();
    }

    @Test
    void aPageOfPositionsWithCitationsAndPartiesTakesAFewStatementsWhateverItsSize() {
        long small = statementsFor("/api/positions?size=5", 5, "items");
        long large = statementsFor("/api/positions?size=50", 50, "items");
        assertEquals(small, large, "statements must not grow with the page");
        assertEquals(3, large, "a full page of positions: ids, count, their rows with their citations");
    }

    @Test
    void theLastPageNeedsNoCount() {
        long total = given().queryParam("size", 1).when().get("/api/positions").then().statusCode(200).extract()
                .jsonPath().getLong("totalItems");
        int size = 50;
        while (total % size == 0) {
            size++;
        }
        long statements = statementsFor("/api/positions?size=" + size + "&page=" + (total / size + 1),
                (int) (total % size), "items");
        assertEquals(2, statements, "a page with room left: ids, their rows with their citations");
    }

    @Test
    void aPositionWithItsCitationsTakesOneStatement() {
        String id = given().queryParam("size", 1).when().get("/api/positions").then().statusCode(200).extract()
                .jsonPath().getString("items[0].id");
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        given().queryParam("uncached", UUID.randomUUID().toString()).when().get("/api/positions/" + id)
                .then().statusCode(200);
        assertEquals(1, statistics.getPrepareStatementCount(), "a position's rows, one for each citation");
    }

    @Test
    void demandsWithTheirResponsesTakeAFewStatements() {
        long one = statementsFor("/api/demands?size=1", 1, "items");
        long all = statementsFor("/api/demands?size=200", 0, "items");
        assertEquals(5, one, "a full page of demands: ids, count, rows; their responses: ids, rows");
        assertEquals(4, all, "every demand on one page, so no count: ids, rows; their responses: ids, rows");
    }

    @Test
    void theMatrixTakesAFewStatements() {
        long statements = statementsFor("/api/matrix", 0, "cells");
        assertTrue(statements > 0 && statements <= 5, statements + " statements for the matrix");
    }
}
