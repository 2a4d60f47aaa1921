package org.parley.race;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.sessions.JqwikSession;

/**
 * jqwik's Arbitraries drawn outside its engine, which does not run inside {@code @QuarkusTest}: one value per try,
 * each from a Random seeded with {@code seed + try}, so a failing try is replayed from the seed it names.
 */
public final class PropertyPlans {

    private PropertyPlans() {
    }

    public static <T> List<T> draw(Arbitrary<T> arbitrary, int genSize, long seed, int tries) {
        List<T> plans = new ArrayList<>();
        JqwikSession.start();
        try {
            for (int t = 0; t < tries; t++) {
                plans.add(arbitrary.generator(genSize).next(new Random(seed + t)).value());
            }
        } finally {
            JqwikSession.finish();
        }
        return plans;
    }
}
