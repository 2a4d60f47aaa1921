package org.parley.api;

import java.util.List;
import java.util.Objects;
import org.parley.error.DomainException;

/** Repeated query parameters: blanks and repeats dropped, and a bound on how many a request may give. */
public final class Params {

    /** More values than this for one filter is not a query anyone means. */
    public static final int MAX_VALUES = 50;

    private Params() {
    }

    public static <T> List<T> values(String name, List<T> given) {
        if (given == null) {
            return List.of();
        }
        List<T> values = given.stream().filter(Objects::nonNull)
                .filter(v -> !(v instanceof String s) || !s.isBlank()).distinct().toList();
        if (values.size() > MAX_VALUES) {
            throw DomainException.invalidParameter(name, "at most " + MAX_VALUES + " values");
        }
        return values;
    }
}
