package org.parley.api;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, with what a client needs to page on: the total and the number of pages. */
public record Page<T>(
        @Schema(required = true) List<T> items,
        @Schema(required = true, description = "This page's number, counted from 1.", examples = "1") int page,
        @Schema(required = true, description = "The largest number of items on a page.", examples = "50") int size,
        @Schema(required = true, description = "How many items match, over all pages.", examples = "75") long totalItems,
        @Schema(required = true, description = "How many pages there are at this size.", examples = "2") int totalPages) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        int pages = (int) Math.max(1, (totalItems + request.size() - 1) / request.size());
        return new Page<>(items, request.page(), request.size(), totalItems, pages);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
