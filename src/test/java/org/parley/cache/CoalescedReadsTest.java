package org.parley.cache;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** Many clients asking at once for a read that is not in memory cost the database one render, not one each. */
@QuarkusTest
class CoalescedReadsTest {

    private static final int CLIENTS = 8;

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void simultaneousReadsOfTheSameUncachedUrlRenderItOnce() throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        // A parameter the API ignores gives a URL no one has read yet.
        statistics.clear();
        String alone = given().get("/api/matrix?probe=" + UUID.randomUUID()).then().statusCode(200).extract().asString();
        long oneRender = statistics.getPrepareStatementCount();

        String path = "/api/matrix?probe=" + UUID.randomUUID();
        CyclicBarrier start = new CyclicBarrier(CLIENTS);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        statistics.clear();
        try {
            List<Future<String>> reads = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                reads.add(clients.submit(() -> {
                    start.await();
                    return given().get(path).then().statusCode(200).extract().asString();
                }));
            }
            for (Future<String> read : reads) {
                assertEquals(alone, read.get(), "every client gets the same matrix");
            }
        } finally {
            clients.shutdown();
        }
        assertEquals(oneRender, statistics.getPrepareStatementCount(), "one render's statements for all clients");
    }
}
