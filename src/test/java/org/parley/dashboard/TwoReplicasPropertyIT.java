package org.parley.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.PackagedService;
import org.parley.negotiation.NegotiationStateRows;
import org.parley.race.Http;
import org.parley.race.PropertyPlans;

/**
 * Property, with two replicas of the packaged service on one PostgreSQL: whatever random writes go through both
 * at once (creates, patches, deletes, imports, document revisions, party deletes and renames, citations replaced or
 * re-pointed, negotiation rescopes), after each pair of writes the matrix table and the negotiation's topic states
 * equal their recomputation from scratch, and every read either replica may keep (a position, a party's, a topic's,
 * a pair's positions) equals the same read rendered afresh, on both: neither serves data older than a write the
 * other has answered.
 */
class TwoReplicasPropertyIT {

    private static final int TRIES = 2;
    private static final int STEPS = 16;

    @Test
    void maintainedAggregatesAndKeptReadsHoldWithTwoReplicasWriting(@TempDir Path folder) throws Exception {
        Assumptions.assumeTrue(PackagedService.onPostgresql(), "several replicas need PostgreSQL");
        Map<String, String> shared = Map.of("PARLEY_AUTH_KEY_DIR", folder.resolve("keys").toString());
        PackagedService a = new PackagedService(folder.resolve("a"), "replicas", shared);
        PackagedService b = new PackagedService(folder.resolve("b"), "replicas", shared);
        Files.createDirectories(folder.resolve("a"));
        Files.createDirectories(folder.resolve("b"));
        a.fresh().start().awaitReady();
        b.start().awaitReady();
        long seed = Long.getLong("parley.property.seed", new Random().nextLong());
        List<List<WriteWorld.Step>> plans = PropertyPlans.draw(WriteWorld.sequences(STEPS), STEPS, seed, TRIES);
        String schema = System.getProperty("parley.test.pg-schema") + "_replicas";
        try (Http throughA = new Http(a.uri("/"), a.adminToken()); Http throughB = new Http(b.uri("/"), a.adminToken());
                Connection connection = DriverManager.getConnection(System.getProperty("parley.test.pg-base")
                        + "?currentSchema=" + schema, System.getProperty("parley.test.pg-user"), "")) {
            for (int t = 0; t < TRIES; t++) {
                WriteWorld onA = new WriteWorld(throughA, UUID.randomUUID().toString().substring(0, 8));
                WriteWorld onB = onA.through(throughB);
                List<WriteWorld.Step> steps = plans.get(t).stream()
                        .filter(step -> step.kind() != WriteWorld.Kind.ROLLED_BACK).toList();
                for (int from = 0; from < steps.size(); from += 2) {
                    List<WriteWorld.Step> pair = steps.subList(from, Math.min(steps.size(), from + 2));
                    List<Supplier<HttpResponse<String>>> writes = new ArrayList<>();
                    writes.add(() -> onA.run(pair.get(0)));
                    if (pair.size() > 1) {
                        writes.add(() -> onB.run(pair.get(1)));
                    }
                    String when = "seed " + (seed + t) + ", after " + pair + " through A and B";
                    for (HttpResponse<String> response : throughA.atOnce(writes)) {
                        assertTrue(response.statusCode() < 500 || response.statusCode() == 503,
                                when + ": " + response.statusCode() + " " + response.body());
                    }
                    assertEquals(WriteWorld.pairsRecomputed(connection), WriteWorld.pairsMaintained(connection),
                            when);
                    assertEquals(NegotiationStateRows.recomputed(connection, onA.negotiation()),
                            NegotiationStateRows.maintained(connection, onA.negotiation()), when);
                    onA.keptReadsAreFresh(when + ", read through A");
                    onB.keptReadsAreFresh(when + ", read through B");
                }
            }
        } finally {
            for (PackagedService replica : new PackagedService[] {a, b}) {
                replica.process().destroy();
                replica.process().waitFor(60, TimeUnit.SECONDS);
            }
        }
    }
}
