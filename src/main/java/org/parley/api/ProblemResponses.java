package org.parley.api;

import static org.eclipse.microprofile.openapi.OASFactory.createAPIResponse;
import static org.eclipse.microprofile.openapi.OASFactory.createContent;
import static org.eclipse.microprofile.openapi.OASFactory.createMediaType;
import static org.eclipse.microprofile.openapi.OASFactory.createSchema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.parley.error.DomainException;
import org.parley.error.FieldError;

/**
 * The problem-details responses operations refer to, one per status, in {@code components.responses}: only those
 * some operation refers to, so a status appears with the first operation that can return it.
 */
final class ProblemResponses {

    private record Documented(String name, String description, Map<String, Object> example) {
    }

    private static final Map<String, Documented> BY_STATUS = Map.ofEntries(
            Map.entry("400", new Documented("BadRequest", "A parameter, a header or the body is malformed: a value of "
                    + "the wrong type or out of range, an `Accept` or `Host` that does not parse, or JSON that does not "
                    + "parse. `errors` names each input that is wrong.",
                    badPageExample())),
            Map.entry("401", new Documented("Unauthorized",
                    "The request carries no bearer token, or one that is not valid.", null)),
            Map.entry("403", new Documented("Forbidden",
                    "The bearer token is valid, but its roles do not allow this operation.", null)),
            Map.entry("404", new Documented("NotFound", "Nothing has the id in the path.",
                    example("not-found", "Not Found", 404, "No party with id 'atlantis'.", "/api/parties/atlantis",
                            null))),
            Map.entry("406", new Documented("NotAcceptable", "No media type the operation answers in is one the "
                    + "`Accept` header allows.", null)),
            Map.entry("409", new Documented("Conflict", "The request conflicts with what is stored: the id is taken, "
                    + "or other resources still refer to this one.", null)),
            Map.entry("412", new Documented("PreconditionFailed", "`If-Match` does not name the current version: the "
                    + "resource changed since it was read. `ETag` names the current version: read the resource "
                    + "again, apply your change to it and retry with that tag.", null)),
            Map.entry("413", new Documented("ContentTooLarge", "The body is larger than the service accepts.", null)),
            Map.entry("415", new Documented("UnsupportedMediaType", "The body is not `application/json`.", null)),
            Map.entry("422", new Documented("UnprocessableContent", "The body is well-formed JSON but breaks a rule "
                    + "(a missing field, a citation whose quote is not its span). `errors` points at each field.",
                    null)),
            Map.entry("428", new Documented("PreconditionRequired",
                    "The request must carry `If-Match` with the resource's ETag.", null)),
            Map.entry("500", new Documented("InternalError", "The service failed. `detail` carries a reference to "
                    + "quote when reporting it.", example("internal-error", "Internal Server Error", 500,
                            "The server could not complete the request. Quote reference "
                                    + "5b0e9a52-3f41-4c1e-9d0c-0b7c8f6e2a91 when reporting it.",
                            "/api/positions", null))));

    private ProblemResponses() {
    }

    static APIResponse ref(String status) {
        return createAPIResponse().ref("#/components/responses/" + BY_STATUS.get(status).name());
    }

    static void addTo(Components components, Set<String> statuses) {
        statuses.forEach(status -> {
            Documented documented = BY_STATUS.get(status);
            MediaType problem = createMediaType().schema(createSchema().ref(OpenApiConventions.SCHEMAS + "Problem"));
            if (documented.example() != null) {
                problem.setExample(documented.example());
            }
            APIResponse response = createAPIResponse().description(documented.description())
                    .content(createContent().addMediaType(Problem.MEDIA_TYPE, problem));
            components.addResponse(documented.name(),
                    status.equals("412") ? VersionHeaders.etagged(response) : response);
        });
        components.setResponses(new TreeMap<>(components.getResponses()));
    }

    /** What a page size out of range really returns, taken from the one place that refuses it. */
    private static Map<String, Object> badPageExample() {
        try {
            PageRequest.of(1, PageRequest.MAX_SIZE + 1);
        } catch (DomainException e) {
            FieldError error = e.errors().get(0);
            return example("bad-request", "Bad Request", 400, e.getMessage(), "/api/positions",
                    List.of(fieldProblem(error.field(), error.message())));
        }
        throw new IllegalStateException("PageRequest accepts a size over its maximum");
    }

    /** Examples are ordered maps: the document must come out the same on every build. */
    private static Map<String, String> fieldProblem(String field, String message) {
        Map<String, String> example = new LinkedHashMap<>();
        example.put("field", field);
        example.put("message", message);
        return example;
    }

    private static Map<String, Object> example(String type, String title, int status, String detail, String instance,
            List<Map<String, String>> errors) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "/problems/" + type);
        example.put("title", title);
        example.put("status", status);
        example.put("detail", detail);
        example.put("instance", instance);
        if (errors != null) {
            example.put("errors", errors);
        }
        return example;
    }
}
