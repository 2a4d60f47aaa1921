package org.parley.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.parley.Tokens;
import org.parley.negotiation.NegotiationStateRows;
import org.parley.position.Position;
import org.parley.position.PositionService;
import org.parley.race.Http;
import org.parley.race.PropertyPlans;

/**
 * Property: whatever sequence of writes runs (creates, patches of date, party, topic, kind or summary, deletes,
 * imports, a party deleted with its positions or renamed, document revisions that move or orphan citations, a
 * position's citations replaced, a citation re-pointed, writes rolled back, several at once), the matrix table every
 * write maintains equals the matrix recomputed from scratch by the window-function query it replaced, after each
 * step and inside a write's transaction before it is rolled back; and every read the response cache keeps across
 * writes (a position; a party's, a topic's, a pair's positions, also under /api/parties and /api/topics; searches
 * by words and phrases) equals the same read rendered afresh.
 *
 * <p>{@link PropertyPlans} draws the sequences from a seeded Random, as for {@code WriteSequencesPropertyTest}; a
 * failing try names its seed ({@code -Dparley.property.seed=…}).
 */
@QuarkusTest
class MaintainedMatrixPropertyTest {

    private static final int TRIES = 4;
    private static final int STEPS = 20;

    @TestHTTPResource("/")
    URI base;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PositionService writes;

    @Test
    void theMaintainedMatrixEqualsTheRecomputedOneAfterEveryWrite() throws Exception {
        long seed = Long.getLong("parley.property.seed", new Random().nextLong());
        List<List<WriteWorld.Step>> plans = PropertyPlans.draw(WriteWorld.sequences(STEPS), STEPS, seed, TRIES);
        try (Http http = new Http(base, Tokens.token("matrix-prop", "admin"))) {
            for (int t = 0; t < TRIES; t++) {
                // The first tries write one step at a time, the others three at once, so that writers of the same
                // pairs meet.
                int atOnce = t < TRIES / 2 ? 1 : 3;
                WriteWorld world = new WriteWorld(http, UUID.randomUUID().toString().substring(0, 8));
                world.keptReadsAreFresh("seed " + (seed + t) + ", before the first step");
                List<WriteWorld.Step> steps = plans.get(t);
                for (int from = 0; from < steps.size(); from += atOnce) {
                    List<WriteWorld.Step> group = steps.subList(from, Math.min(steps.size(), from + atOnce));
                    List<Supplier<HttpResponse<String>>> requests = new ArrayList<>();
                    for (WriteWorld.Step step : group) {
                        if (step.kind() == WriteWorld.Kind.ROLLED_BACK) {
                            rolledBack(world, step, seed + t);
                        } else {
                            requests.add(() -> world.run(step));
                        }
                    }
                    for (HttpResponse<String> response : http.atOnce(requests)) {
                        assertTrue(response.statusCode() < 500 || response.statusCode() == 503,
                                "seed " + (seed + t) + ": " + response.statusCode() + " " + response.body());
                    }
                    try (Connection connection = dataSource.getConnection()) {
                        assertEquals(WriteWorld.pairsRecomputed(connection), WriteWorld.pairsMaintained(connection),
                                "seed " + (seed + t) + ", after " + group);
                        assertEquals(NegotiationStateRows.recomputed(connection, world.negotiation()),
                                NegotiationStateRows.maintained(connection, world.negotiation()),
                                "seed " + (seed + t) + ", negotiation state after " + group);
                    }
                    world.keptReadsAreFresh("seed " + (seed + t) + ", after " + group);
                }
            }
        }
    }

    /** A create or a delete that is rolled back: inside it the table already matches; after it, nothing changed. */
    private void rolledBack(WriteWorld world, WriteWorld.Step step, long seed) {
        QuarkusTransaction.begin();
        try {
            if (step.variant() % 2 == 0) {
                writes.create(world.input(step), "matrix-prop");
            } else {
                writes.deleteAll(Position.list("id", world.position(step.a())), "matrix-prop");
            }
            Panache.getEntityManager().unwrap(Session.class).doWork(connection -> {
                assertEquals(WriteWorld.pairsRecomputed(connection), WriteWorld.pairsMaintained(connection),
                        "seed " + seed + ", inside " + step);
                assertEquals(NegotiationStateRows.recomputed(connection, world.negotiation()),
                        NegotiationStateRows.maintained(connection, world.negotiation()),
                        "seed " + seed + ", negotiation state inside " + step);
            });
        } catch (org.parley.error.DomainException refused) {
            // A create under an id already taken, or naming a position gone: nothing to roll back but the refusal.
        } finally {
            QuarkusTransaction.rollback();
        }
    }
}
