package org.parley.security;

/** The roles a token's {@code groups} claim may carry. Admins may do everything editors may. */
public final class Roles {

    /** Writes positions, citations and documents. */
    public static final String EDITOR = "editor";
    /** Writes everything, including parties and topics, and deletes with cascade. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
