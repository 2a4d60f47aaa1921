package org.parley.api;

import org.parley.error.DomainException;

/**
 * A validated page request: pages count from {@link #FIRST_PAGE}, sizes run from {@link #MIN_SIZE} to
 * {@link #MAX_SIZE}. These constants are the one source of the bounds: {@link PageParams} publishes them.
 */
public record PageRequest(int page, int size) {

    public static final int FIRST_PAGE = 1;
    public static final int MIN_SIZE = 1;
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (page < FIRST_PAGE) {
            throw DomainException.invalidParameter("page", "must be " + FIRST_PAGE + " or more");
        }
        if (size < MIN_SIZE || size > MAX_SIZE) {
            throw DomainException.invalidParameter("size", "must be between " + MIN_SIZE + " and " + MAX_SIZE);
        }
        if ((long) (page - 1) * size > Integer.MAX_VALUE) {
            throw DomainException.invalidParameter("page", "must be at most " + (Integer.MAX_VALUE / size + 1)
                    + " with size " + size);
        }
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? FIRST_PAGE : page, size == null ? DEFAULT_SIZE : size);
    }

    public int offset() {
        return (page - 1) * size;
    }
}
