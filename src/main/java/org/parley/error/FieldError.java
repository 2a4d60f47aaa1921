package org.parley.error;

/** One wrong input: where it is (a parameter, a path into the input, a record) and what is wrong with it. */
public record FieldError(String field, String message) {
}
