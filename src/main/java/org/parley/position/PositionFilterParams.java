package org.parley.position;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;
import org.parley.api.PageRequest;

/**
 * The query parameters of a paged list of positions: the filters, and {@code page} and {@code size} as PageParams
 * (checked in {@link PageRequest}; the annotations only publish the bounds).
 */
public class PositionFilterParams extends PositionFilters {

    @RestQuery
    @Min(1)
    @Parameter(description = "Page number, counted from 1. Default 1.")
    public Integer page;

    @RestQuery
    @Min(1)
    @Max(PageRequest.MAX_SIZE)
    @Parameter(description = "Items per page, 1 to 200. Default 50.")
    public Integer size;

    public PageRequest toRequest() {
        return PageRequest.of(page, size);
    }
}
