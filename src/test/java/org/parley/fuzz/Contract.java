package org.parley.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The operations of the committed OpenAPI document, with references resolved where the fuzzer reads them. */
final class Contract {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");

    record Parameter(String name, String in, boolean required, JsonNode schema, JsonNode example) {
    }

    /**
     * @param statuses the statuses the contract declares for the operation
     * @param roles the roles its security requirement names; empty for an operation anyone may call
     * @param bodyType the request body's media type, or null without a body
     * @param contentTypes the media types declared for each 2xx status
     */
    record Operation(String id, String method, String path, List<Parameter> parameters, Set<Integer> statuses,
            Set<String> roles, String bodyType, JsonNode bodySchema, JsonNode bodyExample,
            Map<Integer, Set<String>> contentTypes) {

        boolean writes() {
            return !method.equals("GET");
        }

        /** The collection whose records the path names: {@code /api/positions/{id}/history} is positions. */
        String collection() {
            int brace = path.indexOf("/{");
            return brace < 0 ? path : path.substring(0, brace);
        }

        boolean hasPathId() {
            return path.contains("{id}");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private final JsonNode root;
    private final List<Operation> operations = new ArrayList<>();

    Contract(Path yaml) throws IOException {
        root = new ObjectMapper(new YAMLFactory()).readTree(yaml.toFile());
        root.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                operations.add(operation(path.getKey(), op.getKey().toUpperCase(), op.getValue()));
            }
        }));
    }

    List<Operation> operations() {
        return operations;
    }

    /** The node a {@code $ref} names, followed until it is not a reference; any other node as it is. */
    JsonNode resolve(JsonNode node) {
        while (node != null && node.has("$ref")) {
            JsonNode target = root;
            for (String part : node.get("$ref").asText().substring(2).split("/")) {
                target = target.path(part);
            }
            node = target;
        }
        return node;
    }

    private Operation operation(String path, String method, JsonNode op) {
        List<Parameter> parameters = new ArrayList<>();
        op.path("parameters").forEach(p -> {
            JsonNode parameter = resolve(p);
            parameters.add(new Parameter(parameter.path("name").asText(), parameter.path("in").asText(),
                    parameter.path("required").asBoolean(false), resolve(parameter.path("schema")),
                    parameter.get("example")));
        });
        Set<Integer> statuses = new TreeSet<>();
        Map<Integer, Set<String>> contentTypes = new java.util.TreeMap<>();
        op.path("responses").fields().forEachRemaining(r -> {
            int status = Integer.parseInt(r.getKey());
            statuses.add(status);
            JsonNode content = resolve(r.getValue()).path("content");
            if (status < 300 && content.isObject()) {
                Set<String> types = new TreeSet<>();
                content.fieldNames().forEachRemaining(types::add);
                contentTypes.put(status, types);
            }
        });
        Set<String> roles = new TreeSet<>();
        op.path("security").forEach(requirement -> requirement.fields()
                .forEachRemaining(scheme -> scheme.getValue().forEach(role -> roles.add(role.asText()))));
        String bodyType = null;
        JsonNode bodySchema = null;
        JsonNode bodyExample = null;
        JsonNode content = resolve(op.path("requestBody")).path("content");
        Iterator<Map.Entry<String, JsonNode>> types = content.fields();
        if (types.hasNext()) {
            Map.Entry<String, JsonNode> first = types.next();
            bodyType = first.getKey();
            bodySchema = resolve(first.getValue().path("schema"));
            bodyExample = first.getValue().get("example");
        }
        return new Operation(op.path("operationId").asText(), method, path, parameters, statuses, roles, bodyType,
                bodySchema, bodyExample, contentTypes);
    }
}
