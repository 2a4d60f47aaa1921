package org.parley.api;

import static org.eclipse.microprofile.openapi.OASFactory.createSecurityRequirement;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.quarkus.smallrye.openapi.OpenApiFilter.RunStage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * What every operation shares, written into the OpenAPI document here once rather than on each resource method.
 * <ul>
 * <li>Problem-details responses: 400, 406 and 500 on every operation (any request may carry a malformed or
 * unsatisfiable {@code Accept}, or a malformed {@code Host}); 404 where there is a path parameter (an id in the path is never malformed, only unknown); on writes (any method
 * but GET, HEAD, OPTIONS) 401, 403 and 409, with 413, 415 and 422 when there is a body, and 412 and 428 (If-Match)
 * on PUT, PATCH and DELETE.</li>
 * <li>Writes require the {@value #BEARER_AUTH} security scheme; reads say they require none.</li>
 * <li>Lists (operations with a {@code page} parameter) respond with the {@code Link} and {@code X-Total-Count}
 * headers.</li>
 * <li>Versions: every read's 200 and every PUT and PATCH's 200 carry an {@code ETag}; reads may return 304 to
 * {@code If-None-Match}; streams (events, exports) have none. A POST named {@code create…} returns 201 (its 200
 * becomes 201 unless it declares both), with {@code Location} and {@code ETag} when the created resource has a
 * path of its own ({@code …/{id}}).</li>
 * <li>Optional query parameters keep their example in their schema's {@code examples}, not in the parameter's
 * {@code example}: Swagger UI fills Try-it-out with a parameter's example, and a filter filled in by default
 * finds almost nothing.</li>
 * <li>Schema names a client generator turns into clean types: {@code Page<XView>} is published as {@code XPage},
 * and dates and instants are plain strings with a format, not schemas of their own.</li>
 * </ul>
 * A status an operation documents itself is left as it is.
 */
@OpenApiFilter(stages = RunStage.BUILD)
public class OpenApiConventions implements OASFilter {

    public static final String BEARER_AUTH = "bearerAuth";

    static final String SCHEMAS = "#/components/schemas/";
    private static final Map<String, String> DATE_TIME_FORMATS =
            Map.of(SCHEMAS + "LocalDate", "date", SCHEMAS + "Instant", "date-time");
    private static final Pattern GENERIC_PAGE = Pattern.compile("Page([A-Z]\\w*?)(?:View)?");
    private static final Set<HttpMethod> READS = EnumSet.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final Set<HttpMethod> CONDITIONAL = EnumSet.of(HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    @Override
    public Schema filterSchema(Schema schema) {
        String ref = schema.getRef();
        if (ref != null && DATE_TIME_FORMATS.containsKey(ref)) {
            schema.setRef(null);
            schema.setType(List.of(SchemaType.STRING));
            schema.setFormat(DATE_TIME_FORMATS.get(ref));
        } else if (ref != null && ref.startsWith(SCHEMAS)) {
            schema.setRef(SCHEMAS + schemaName(ref.substring(SCHEMAS.length())));
        }
        foldNullable(schema);
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        Map<String, Schema> schemas = new TreeMap<>();
        components.getSchemas().forEach((name, schema) -> {
            if (!DATE_TIME_FORMATS.containsKey(SCHEMAS + name)) {
                schemas.put(schemaName(name), schema);
            }
        });
        schemas.forEach((name, schema) -> {
            if (name.endsWith("Page") && schema.getDescription() == null) {
                schema.setDescription("One page of a list, with the total over all pages.");
            }
        });
        components.setSchemas(schemas);
        MergePatchSchemas.addTo(openAPI);
        Set<String> statuses = new TreeSet<>();
        Map<String, PathItem> paths = openAPI.getPaths().getPathItems();
        paths.forEach((name, path) -> statuses.addAll(document(path, paths.containsKey(name + "/{id}"))));
        ProblemResponses.addTo(components, statuses);
        PagingHeaders.addTo(components);
        VersionHeaders.addTo(components);
    }

    /** The name a schema is published under: {@code PagePositionView} becomes {@code PositionPage}. */
    static String schemaName(String generated) {
        Matcher page = GENERIC_PAGE.matcher(generated);
        return page.matches() ? page.group(1) + "Page" : generated;
    }

    /** Documents the path's operations; returns the problem statuses they refer to. */
    private static Set<String> document(PathItem path, boolean itemPath) {
        Set<String> referred = new TreeSet<>();
        path.getOperations().forEach((method, operation) -> {
            List<Parameter> parameters = new ArrayList<>();
            if (path.getParameters() != null) {
                parameters.addAll(path.getParameters());
            }
            if (operation.getParameters() != null) {
                parameters.addAll(operation.getParameters());
            }
            referred.addAll(document(method, operation, parameters));
            parameters.forEach(OpenApiConventions::keepExampleOutOfTryItOut);
            versions(method, operation, itemPath);
        });
        return referred;
    }

    private static Set<String> document(HttpMethod method, Operation operation, List<Parameter> parameters) {
        boolean body = operation.getRequestBody() != null;
        Set<String> statuses = new TreeSet<>(Set.of("400", "406", "500"));
        if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH)) {
            statuses.add("404");
        }
        if (READS.contains(method) && operation.getSecurity() == null) {
            operation.setSecurity(List.of());
        }
        if (!READS.contains(method)) {
            statuses.addAll(List.of("401", "403", "409"));
            if (operation.getSecurity() == null) {
                operation.addSecurityRequirement(createSecurityRequirement().addScheme(BEARER_AUTH));
            }
        }
        if (body && !READS.contains(method)) {
            statuses.addAll(List.of("413", "415", "422"));
        }
        if (CONDITIONAL.contains(method)) {
            statuses.addAll(List.of("412", "428"));
        }
        APIResponses responses = operation.getResponses();
        // SmallRye adds 401 and 403 without a body for @RolesAllowed; the service sends problem details.
        List.of("401", "403").forEach(status -> {
            APIResponse bare = responses.getAPIResponse(status);
            if (bare != null && bare.getRef() == null && bare.getContent() == null) {
                responses.removeAPIResponse(status);
            }
        });
        statuses.removeIf(responses::hasAPIResponse);
        statuses.forEach(status -> responses.addAPIResponse(status, ProblemResponses.ref(status)));
        responses.setAPIResponses(new TreeMap<>(responses.getAPIResponses()));
        APIResponse ok = responses.getAPIResponse("200");
        if (ok != null && parameters.stream().anyMatch(OpenApiConventions::isPageParameter)) {
            PagingHeaders.addTo(ok);
        }
        return statuses;
    }

    private static void versions(HttpMethod method, Operation operation, boolean itemPath) {
        APIResponses responses = operation.getResponses();
        APIResponse ok = responses.getAPIResponse("200");
        if (READS.contains(method) && ok != null && !streams(ok, operation)) {
            VersionHeaders.etagged(ok);
            responses.addAPIResponse("304", VersionHeaders.notModified());
        } else if (CONDITIONAL.contains(method) && ok != null) {
            VersionHeaders.etagged(ok);
        } else if (method == HttpMethod.POST && String.valueOf(operation.getOperationId()).startsWith("create")) {
            if (!responses.hasAPIResponse("201") && ok != null) {
                responses.removeAPIResponse("200");
                responses.addAPIResponse("201", ok.description("Created."));
            }
            if (itemPath) {
                VersionHeaders.located(VersionHeaders.etagged(responses.getAPIResponse("201")));
                if (responses.hasAPIResponse("200")) {
                    VersionHeaders.etagged(responses.getAPIResponse("200"));
                }
            }
        }
        responses.setAPIResponses(new TreeMap<>(responses.getAPIResponses()));
    }

    /** Event streams and exports are sent as they are produced, without an ETag. */
    private static boolean streams(APIResponse response, Operation operation) {
        return String.valueOf(operation.getOperationId()).startsWith("export")
                || response.getContent() != null && response.getContent().hasMediaType("text/event-stream");
    }

    /** Swagger UI fills Try-it-out with a parameter's {@code example}, not with its schema's {@code examples}. */
    private static void keepExampleOutOfTryItOut(Parameter parameter) {
        if (parameter.getIn() != Parameter.In.QUERY || Boolean.TRUE.equals(parameter.getRequired())
                || parameter.getExample() == null || parameter.getSchema() == null) {
            return;
        }
        Object example = parameter.getExample();
        boolean array = parameter.getSchema().getType() != null
                && parameter.getSchema().getType().contains(SchemaType.ARRAY);
        parameter.getSchema().setExamples(List.of(array && !(example instanceof List) ? List.of(example) : example));
        parameter.setExample(null);
    }

    /**
     * SmallRye writes a nullable field as {@code anyOf: [its schema, null]} with a {@code type} beside it, which can
     * contradict the {@code anyOf} ({@code type: object} forbids null). Keep one of the two: the {@code anyOf} for a
     * reference, the {@code type} with null added for a plain value.
     */
    private static void foldNullable(Schema schema) {
        List<Schema> anyOf = schema.getAnyOf();
        if (anyOf == null || anyOf.size() != 2 || anyOf.stream().noneMatch(OpenApiConventions::isNull)) {
            return;
        }
        Schema value = anyOf.stream().filter(s -> !isNull(s)).findFirst().orElseThrow();
        if (value.getRef() != null) {
            schema.setType(null);
        } else {
            List<SchemaType> types = new ArrayList<>(value.getType() == null ? List.of() : value.getType());
            types.add(SchemaType.NULL);
            schema.setAnyOf(null);
            schema.setType(types);
            schema.setFormat(value.getFormat());
        }
    }

    private static boolean isPageParameter(Parameter parameter) {
        return parameter.getIn() == Parameter.In.QUERY && "page".equals(parameter.getName());
    }

    private static boolean isNull(Schema schema) {
        return schema.getRef() == null && List.of(SchemaType.NULL).equals(schema.getType());
    }
}
