package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When imported records make PostgreSQL's planner statistics worth refreshing: autovacuum's rule, applied at once. */
class AnalysisDueTest {

    @Test
    void tablesNeverAnalysedAreAnalysedAfterAThousandRecords() {
        assertTrue(PlannerStatistics.due(1000, 0));
        assertFalse(PlannerStatistics.due(999, 0));
    }

    @Test
    void largeTablesWaitUntilImportsHaveAddedATenthOfWhatTheLastAnalysisCounted() {
        assertFalse(PlannerStatistics.due(4000, 100_000));
        assertFalse(PlannerStatistics.due(9_999, 100_000));
        assertTrue(PlannerStatistics.due(10_000, 100_000));
    }
}
