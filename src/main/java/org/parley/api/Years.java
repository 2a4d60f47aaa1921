package org.parley.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The dates and instants the service stores and compares: years 1 to 9999, what both databases and RFC 3339
 * hold. Java parses far more (year +1000000000), which no column can keep.
 */
public final class Years {

    public static final int FIRST = 1;
    public static final int LAST = 9999;
    private static final Instant EARLIEST = LocalDate.of(FIRST, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant LATEST = LocalDate.of(LAST + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

    private Years() {
    }

    /** Whether a value is a date or an instant within the supported years; any other value is. */
    public static boolean supported(Object value) {
        if (value instanceof LocalDate date) {
            return date.getYear() >= FIRST && date.getYear() <= LAST;
        }
        if (value instanceof Instant instant) {
            return !instant.isBefore(EARLIEST) && instant.isBefore(LATEST);
        }
        return true;
    }
}
