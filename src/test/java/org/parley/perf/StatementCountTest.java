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
        assertEquals(4, large, "a page of positions: count, ids, their rows, their citations");
    }

    @Test
    void aPositionWithItsCitationsTakesTwoStatements() {
        String id = given().queryParam("size", 1).when().get("/api/positions").then().statusCode(200).extract()
                .jsonPath().getString("items[0].id");
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        given().queryParam("uncached", UUID.randomUUID().toString()).when().get("/api/positions/" + id)
                .then().statusCode(200);
        assertEquals(2, statistics.getPrepareStatementCount(), "a position's row, then its citations");
    }

    @Test
    void demandsWithTheirResponsesTakeAFewStatements() {
        long one = statementsFor("/api/demands?size=1", 1, "items");
        long all = statementsFor("/api/demands?size=200", 0, "items");
        assertEquals(one, all, "statements must not grow with the demands and responses listed");
        assertEquals(7, all, "demands: count, ids, rows, citations; their responses: ids, rows, citations");
    }

    @Test
    void theMatrixTakesAFewStatements() {
        long statements = statementsFor("/api/matrix", 0, "cells");
        assertTrue(statements > 0 && statements <= 5, statements + " statements for the matrix");
    }
}
