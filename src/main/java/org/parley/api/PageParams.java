package org.parley.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The {@code page} and {@code size} query parameters every list takes. Their bounds are checked in one place,
 * {@link PageRequest}; {@code @Min}, {@code @Max} and the descriptions only publish its constants in the contract
 * (a bean parameter is not validated without {@code @Valid}).
 */
public class PageParams {

    @RestQuery
    @Min(PageRequest.FIRST_PAGE)
    @Parameter(description = "Page number, counted from " + PageRequest.FIRST_PAGE + ". Default "
            + PageRequest.FIRST_PAGE + ".")
    public Integer page;

    @RestQuery
    @Min(PageRequest.MIN_SIZE)
    @Max(PageRequest.MAX_SIZE)
    @Parameter(description = "Items per page, " + PageRequest.MIN_SIZE + " to " + PageRequest.MAX_SIZE
            + ". Default " + PageRequest.DEFAULT_SIZE + ".")
    public Integer size;

    public PageRequest toRequest() {
        return PageRequest.of(page, size);
    }
}
