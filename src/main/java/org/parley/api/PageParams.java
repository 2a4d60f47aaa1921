package org.parley.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The {@code page} and {@code size} query parameters every list takes. Their bounds are checked in one place,
 * {@link PageRequest}; {@code @Min} and {@code @Max} only publish them in the contract (a bean parameter is not
 * validated without {@code @Valid}).
 */
public class PageParams {

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
