package org.parley.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Changes to one place of a valid JSON body, found by walking it beside its schema. */
final class Mutations {

    private record Slot(JsonNode parent, String field, int index, JsonNode schema) {
    }

    private Mutations() {
    }

    /** The body with one value, at any depth, replaced by one its schema refuses. */
    static JsonNode field(JsonNode body, JsonNode schema, Values values, Random random) {
        JsonNode copy = body.deepCopy();
        List<Slot> slots = new ArrayList<>();
        walk(copy, schema, values, slots);
        if (slots.isEmpty()) {
            return values.invalid(schema);
        }
        Slot slot = slots.get(random.nextInt(slots.size()));
        JsonNode bad = values.invalid(slot.schema());
        if (slot.parent() instanceof ObjectNode object) {
            object.set(slot.field(), bad);
        } else {
            ((ArrayNode) slot.parent()).set(slot.index(), bad);
        }
        return copy;
    }

    static JsonNode dropRequired(JsonNode body, JsonNode schema, Random random) {
        if (!(body instanceof ObjectNode object) || !schema.path("required").isArray()
                || schema.get("required").isEmpty()) {
            return body;
        }
        JsonNode required = schema.get("required");
        ObjectNode copy = object.deepCopy();
        copy.remove(required.get(random.nextInt(required.size())).asText());
        return copy;
    }

    /** Over the JSON body limit, or a text field just under it. */
    static JsonNode huge(JsonNode body, Random random) {
        if (!(body instanceof ObjectNode object)) {
            return body;
        }
        ObjectNode copy = object.deepCopy();
        String field = copy.has("summary") ? "summary" : copy.has("text") ? "text" : "name";
        copy.put(field, (random.nextBoolean() ? "x" : "ж").repeat(random.nextBoolean() ? 600_000 : 1_200_000));
        return copy;
    }

    private static void walk(JsonNode node, JsonNode schema, Values values, List<Slot> slots) {
        JsonNode resolved = values.resolve(schema);
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(field -> {
                JsonNode propertySchema = values.propertySchema(resolved, field.getKey());
                slots.add(new Slot(object, field.getKey(), -1, propertySchema));
                walk(field.getValue(), propertySchema, values, slots);
            });
        } else if (node instanceof ArrayNode array) {
            JsonNode items = values.resolve(resolved).path("items");
            for (int i = 0; i < array.size(); i++) {
                slots.add(new Slot(array, null, i, items));
                walk(array.get(i), items, values, slots);
            }
        }
    }
}
