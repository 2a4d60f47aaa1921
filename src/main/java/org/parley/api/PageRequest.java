package org.parley.api;

import org.parley.error.DomainException;

/** A validated page request: pages count from 1, sizes from 1 to {@link #MAX_SIZE}. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (page < 1) {
            throw DomainException.invalidParameter("page", "must be 1 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw DomainException.invalidParameter("size", "must be between 1 and " + MAX_SIZE);
        }
        if ((long) (page - 1) * size > Integer.MAX_VALUE) {
            throw DomainException.invalidParameter("page", "must be at most " + (Integer.MAX_VALUE / size + 1)
                    + " with size " + size);
        }
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 1 : page, size == null ? DEFAULT_SIZE : size);
    }

    public int offset() {
        return (page - 1) * size;
    }
}
