package org.parley.error;

import java.util.List;

/**
 * A failure the caller can act on, said in the domain's words. Services throw it; only the web layer's problem
 * mapper decides which status and problem type it becomes. Depends on nothing else of ours.
 */
public class DomainException extends RuntimeException {

    /** What went wrong, as the domain sees it. */
    public enum Kind {
        /** No record with that id. */
        NOT_FOUND,
        /** The request's own shape or parameters are wrong. */
        INVALID,
        /** The content is well formed but breaks a rule (field errors say which). */
        INVALID_CONTENT,
        /** The change clashes with what is stored (a key taken, records that depend on it). */
        CONFLICT,
        /** The change is based on a version that is no longer current. */
        STALE,
        /** The change does not say which version it is based on. */
        VERSION_REQUIRED,
        /** The input is larger than allowed. */
        TOO_LARGE,
        /** The input or the content asked for is of a type not supported. */
        UNSUPPORTED_MEDIA,
        /** A capability that exists in the contract but is not offered. */
        NOT_IMPLEMENTED,
        /** A source outside this service failed or refused. */
        UPSTREAM_FAILED,
        /** Busy or not ready yet: retry shortly. */
        UNAVAILABLE
    }

    private final Kind kind;
    private final String code;
    private final List<FieldError> errors;
    private final String currentVersion;

    private DomainException(Kind kind, String code, String detail, List<FieldError> errors, String currentVersion) {
        super(detail);
        this.kind = kind;
        this.code = code;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.currentVersion = currentVersion;
    }

    public static DomainException of(Kind kind, String detail) {
        return new DomainException(kind, null, detail, null, null);
    }

    /** A failure with a more specific code than its kind's, such as {@code issuer-disabled} for a conflict. */
    public static DomainException of(Kind kind, String code, String detail) {
        return new DomainException(kind, code, detail, null, null);
    }

    public static DomainException notFound(String what, String id) {
        return of(Kind.NOT_FOUND, "No " + what + " with id '" + id + "'.");
    }

    public static DomainException invalid(String detail, List<FieldError> errors) {
        return new DomainException(Kind.INVALID, null, detail, errors, null);
    }

    public static DomainException invalidParameter(String parameter, String message) {
        return invalid("Invalid value for '" + parameter + "': " + message,
                List.of(new FieldError(parameter, message)));
    }

    public static DomainException invalidContent(String detail, List<FieldError> errors) {
        return new DomainException(Kind.INVALID_CONTENT, null, detail, errors, null);
    }

    public static DomainException conflict(String detail) {
        return of(Kind.CONFLICT, detail);
    }

    /** A change based on an old version; {@code currentVersion} (an entity tag, may be null) names the current one. */
    public static DomainException stale(String currentVersion) {
        return new DomainException(Kind.STALE, null,
                "The resource changed since you read it. Read it again and reapply your change.", null, currentVersion);
    }

    public static DomainException tooLarge(String detail) {
        return of(Kind.TOO_LARGE, detail);
    }

    public static DomainException unavailable(String detail) {
        return of(Kind.UNAVAILABLE, detail);
    }

    /** The same failure located in a larger input: "At line 3: …", each field error prefixed with the place. */
    public DomainException at(String place) {
        return new DomainException(kind, code, "At " + place + ": " + getMessage(),
                errors.stream().map(f -> new FieldError(place + ": " + f.field(), f.message())).toList(),
                currentVersion);
    }

    public Kind kind() {
        return kind;
    }

    /** A code more specific than the kind's, or null. */
    public String code() {
        return code;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** For {@link Kind#STALE}: the entity tag of the current version, when known. */
    public String currentVersion() {
        return currentVersion;
    }
}
