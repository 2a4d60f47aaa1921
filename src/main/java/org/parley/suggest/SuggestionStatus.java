package org.parley.suggest;

/** Where a suggestion stands in review. */
public enum SuggestionStatus {
    PENDING, ACCEPTED, REJECTED
}
