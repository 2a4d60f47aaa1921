package org.parley.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A failure the client can act on; the {@link ProblemMapper} turns it into problem details. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.FieldProblem> errors;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ProblemException(int status, String type, String title, String detail, List<Problem.FieldProblem> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ProblemException notFound(String what, String id) {
        return new ProblemException(404, "not-found", "Not Found", "No " + what + " with id '" + id + "'.", null);
    }

    public static ProblemException badRequest(String detail, List<Problem.FieldProblem> errors) {
        return new ProblemException(400, "bad-request", "Bad Request", detail, errors);
    }

    public static ProblemException badParameter(String parameter, String message) {
        return badRequest("Invalid value for '" + parameter + "': " + message,
                List.of(new Problem.FieldProblem(parameter, message)));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail, null);
    }

    public static ProblemException unprocessable(String detail, List<Problem.FieldProblem> errors) {
        return new ProblemException(422, "unprocessable-content", "Unprocessable Content", detail, errors);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldProblem> errors() {
        return errors;
    }

    /** A response header to send with the problem, such as the current ETag with a 412. */
    public ProblemException withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
