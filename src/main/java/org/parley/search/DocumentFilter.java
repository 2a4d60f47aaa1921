package org.parley.search;

import java.time.LocalDate;
import java.util.List;

/** Which documents a text search looks in. Empty lists and nulls mean "any". */
public record DocumentFilter(String query, List<String> documents, List<String> outlets, LocalDate from,
        LocalDate to) {
}
