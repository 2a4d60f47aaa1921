package org.parley.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.parley.error.DomainException;
import org.parley.store.StorageConflicts;

/**
 * The one place where failures become RFC 9457 problem details. No stack trace or exception class name ever
 * reaches a client; unexpected failures are logged with a reference the client can quote.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    /** The domain's failures: the only place that gives them a status, a problem type and headers. */
    @ServerExceptionMapper
    public RestResponse<Problem> problem(DomainException e, UriInfo uri) {
        String title = switch (e.kind()) {
            case NOT_FOUND -> "Not Found";
            case INVALID -> "Bad Request";
            case INVALID_CONTENT -> "Unprocessable Content";
            case CONFLICT -> "Conflict";
            case STALE -> "Precondition Failed";
            case VERSION_REQUIRED -> "Precondition Required";
            case TOO_LARGE -> "Content Too Large";
            case UNSUPPORTED_MEDIA -> "Unsupported Media Type";
            case NOT_IMPLEMENTED -> "Not Implemented";
            case UPSTREAM_FAILED -> "Bad Gateway";
            case UNAVAILABLE -> "Service Unavailable";
        };
        int status = switch (e.kind()) {
            case NOT_FOUND -> 404;
            case INVALID -> 400;
            case INVALID_CONTENT -> 422;
            case CONFLICT -> 409;
            case STALE -> 412;
            case VERSION_REQUIRED -> 428;
            case TOO_LARGE -> 413;
            case UNSUPPORTED_MEDIA -> 415;
            case NOT_IMPLEMENTED -> 501;
            case UPSTREAM_FAILED -> 502;
            case UNAVAILABLE -> 503;
        };
        String type = e.code() != null ? e.code() : slug(title);
        List<Problem.FieldProblem> errors = e.errors().stream()
                .map(f -> new Problem.FieldProblem(f.field(), f.message())).toList();
        RestResponse<Problem> response = respond(status, type, title, e.getMessage(), errors, uri);
        if (e.kind() == DomainException.Kind.UNAVAILABLE) {
            response.getHeaders().putSingle("Retry-After", "1");
        }
        if (e.kind() == DomainException.Kind.STALE && e.currentVersion() != null) {
            response.getHeaders().putSingle("ETag", e.currentVersion());
        }
        return response;
    }

    /** Parameter violations are bad requests (400); violations inside a body are unprocessable content (422). */
    @ServerExceptionMapper
    public RestResponse<Problem> violation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldProblem> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldProblem(fieldOf(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldProblem::field))
                .toList();
        boolean inBody = e.getConstraintViolations().stream().anyMatch(v -> depth(v) > 2);
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return inBody
                ? respond(422, "validation-failed", "Unprocessable Content", detail, errors, uri)
                : respond(400, "bad-request", "Bad Request", detail, errors, uri);
    }

    /** Ahead of Quarkus' own mapper, which returns 401 without a body. */
    @ServerExceptionMapper(priority = Priorities.USER - 1)
    public RestResponse<Problem> unauthenticated(UnauthorizedException e, UriInfo uri) {
        return withChallenge(respond(401, "unauthorized", "Unauthorized",
                "This operation needs a bearer token (Authorization: Bearer <JWT>).", null, uri));
    }

    @ServerExceptionMapper(priority = Priorities.USER - 1)
    public RestResponse<Problem> badToken(AuthenticationFailedException e, UriInfo uri) {
        return withChallenge(respond(401, "unauthorized", "Unauthorized",
                "The bearer token is not valid: it is malformed, expired, revoked, or not signed by the trusted "
                + "issuer.",
                null, uri));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "forbidden", "Forbidden", "Your token's roles do not allow this operation.", null, uri);
    }

    /** Named one by one: Quarkus maps some of these subtypes itself, in another shape. */
    @ServerExceptionMapper(value = {JsonProcessingException.class, JsonParseException.class,
            MismatchedInputException.class, InvalidFormatException.class, UnrecognizedPropertyException.class},
            priority = Priorities.USER - 1)
    public RestResponse<Problem> malformedJson(JsonProcessingException e, UriInfo uri) {
        String where = e instanceof JsonMappingException m ? pointer(m) : "";
        String what = JsonErrors.describe(e);
        String detail = "The request body is not valid JSON for this resource"
                + (where.isEmpty() ? "" : " at " + where) + ": " + what + ".";
        List<Problem.FieldProblem> errors = where.isEmpty() ? null : List.of(new Problem.FieldProblem(where, what));
        return respond(400, "malformed-json", "Malformed JSON", detail, errors, uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json, uri);
        }
        if (e.getCause() != null && (status == 404 || status == 400)) {
            return badParameterValue(e.getCause(), uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Error";
        String detail = status == 404 ? "No resource at " + uri.getPath() + "." : e.getMessage();
        return respond(status, slug(title), title, detail, null, uri);
    }

    /** JAX-RS reports a query parameter it cannot convert as 404; it is the client's input, so 400. */
    private static RestResponse<Problem> badParameterValue(Throwable cause, UriInfo uri) {
        String why = cause instanceof ParamConverters.InvalidValue ? cause.getMessage()
                : "a parameter has a value of the wrong type";
        return respond(400, "bad-request", "Bad Request", "Invalid parameter value: " + why + ".", null, uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unexpected(Throwable e, UriInfo uri) {
        if (poolExhausted(e)) {
            LOG.warnf("No database connection free within the acquisition timeout for %s", uri.getPath());
            RestResponse<Problem> busy = respond(503, "service-unavailable", "Service Unavailable",
                    "The service is busy: no database connection came free in time. Retry shortly.", null, uri);
            busy.getHeaders().putSingle("Retry-After", "1");
            return busy;
        }
        DomainException lostRace = StorageConflicts.of(e, "write");
        if (lostRace != null) {
            return problem(lostRace, uri);
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure on %s (reference %s)", uri.getPath(), reference);
        return respond(500, "internal-error", "Internal Server Error",
                "The server could not complete the request. Quote reference " + reference + " when reporting it.",
                null, uri);
    }

    /** Agroal says so only in its message, wrapped by Hibernate or by our own code. */
    private static boolean poolExhausted(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException && cause.getMessage() != null
                    && cause.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    static RestResponse<Problem> respond(int status, String type, String title, String detail,
            List<Problem.FieldProblem> errors, UriInfo uri) {
        Problem body = new Problem("/problems/" + type, title, status, detail, uri.getPath(),
                errors == null || errors.isEmpty() ? null : errors);
        return RestResponse.ResponseBuilder.<Problem>create(status).entity(body).type(Problem.MEDIA_TYPE).build();
    }

    private static RestResponse<Problem> withChallenge(RestResponse<Problem> response) {
        response.getHeaders().putSingle("WWW-Authenticate", "Bearer");
        return response;
    }

    private static int depth(ConstraintViolation<?> v) {
        int n = 0;
        for (Path.Node ignored : v.getPropertyPath()) {
            n++;
        }
        return n;
    }

    /** "list.size" (method, parameter) becomes "size"; "create.body.summary" becomes "summary". */
    private static String fieldOf(Path path) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : path) {
            names.add(node.getIndex() != null ? node.getName() + "[" + node.getIndex() + "]" : node.getName());
        }
        if (names.size() <= 2) {
            return names.get(names.size() - 1);
        }
        return String.join(".", names.subList(2, names.size()));
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            sb.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()));
        }
        return sb.toString();
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
