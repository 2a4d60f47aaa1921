package org.parley.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Values for a JSON schema of the contract: valid ones, and ones just outside what it allows. */
final class Values {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String SLUG = "[a-z0-9][a-z0-9_.-]{0,63}";
    private static final List<String> WORDS = List.of("NATO", "sanctions", "gas", "talks", "ceasefire", "grain",
            "missiles", "guarantee", "Kyiv", "Moscow", "Brussels", "east", "withdrawal", "treaty");
    /** Strings that have broken parsers, encoders and renderers elsewhere. */
    private static final List<String> ODD_STRINGS = List.of("", " ", "\u0000", "\ud800", "\udc00x", "é", "e\u0301",
            "\u202eevil", "😀", "<script>alert(1)</script>", "../../etc/passwd", "%00", "%zz", "\\", "\"", "'; --",
            "null", "NaN", "-0", "1e999", "\r\n", "\t", "*", "a,b", "=1+1", "\ufeff", "ﬀ", "İ", "ß");

    private final Random random;
    private final Contract contract;
    private final String prefix;

    Values(Random random, Contract contract, String prefix) {
        this.random = random;
        this.contract = contract;
        this.prefix = prefix;
    }

    /** A value the schema allows, preferring its examples (they name seed records) half of the time. */
    JsonNode valid(JsonNode schema) {
        schema = contract.resolve(schema);
        JsonNode examples = schema.path("examples");
        if (examples.isArray() && !examples.isEmpty() && random.nextBoolean()) {
            return examples.get(random.nextInt(examples.size()));
        }
        if (schema.has("anyOf")) {
            JsonNode choices = schema.get("anyOf");
            for (JsonNode choice : choices) {
                if (!"null".equals(contract.resolve(choice).path("type").asText()) || random.nextInt(8) == 0) {
                    return valid(choice);
                }
            }
            return JSON.nullNode();
        }
        if (schema.has("enum")) {
            JsonNode values = schema.get("enum");
            return values.get(random.nextInt(values.size()));
        }
        return switch (type(schema)) {
            case "object" -> object(schema);
            case "array" -> array(schema);
            case "integer" -> JSON.numberNode(integer(schema));
            case "number" -> JSON.numberNode(random.nextDouble() * 100);
            case "boolean" -> JSON.booleanNode(random.nextBoolean());
            case "null" -> JSON.nullNode();
            default -> JSON.textNode(string(schema));
        };
    }

    /** A value of the wrong type, out of bounds, huge, empty or oddly encoded for the schema. */
    JsonNode invalid(JsonNode schema) {
        schema = contract.resolve(schema);
        String type = type(schema);
        return switch (random.nextInt(8)) {
            case 0 -> type.equals("string") ? JSON.numberNode(random.nextInt(100000)) : JSON.textNode(odd());
            case 1 -> JSON.booleanNode(true);
            case 2 -> JSON.arrayNode().add(type.equals("string") ? JSON.textNode(string(schema)) : JSON.numberNode(1));
            case 3 -> JSON.objectNode().put("x", 1);
            case 4 -> outOfBounds(schema);
            case 5 -> JSON.textNode(huge());
            case 6 -> JSON.textNode(odd());
            default -> JSON.nullNode();
        };
    }

    /** A query or path value as text, valid or not. */
    String text(JsonNode schema, boolean valid) {
        JsonNode value = valid ? valid(schema) : invalid(schema);
        return value.isTextual() ? value.asText() : value.toString();
    }

    String odd() {
        return ODD_STRINGS.get(random.nextInt(ODD_STRINGS.size()));
    }

    /** Large, but within reach: a request line of this size still reaches the service. */
    String huge() {
        int size = switch (random.nextInt(3)) {
            case 0 -> 1_000;
            case 1 -> 5_000;
            default -> 70_000;
        };
        String unit = random.nextBoolean() ? "a" : "ж😀";
        return unit.repeat(size / unit.length());
    }

    String id() {
        return prefix + Long.toString(random.nextLong() & Long.MAX_VALUE, 36).substring(0, 6);
    }

    String words(int max) {
        StringBuilder text = new StringBuilder();
        int count = 1 + random.nextInt(Math.max(1, max));
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS.get(random.nextInt(WORDS.size())));
        }
        return text.toString();
    }

    /** The schema itself, or the first non-null choice of an {@code anyOf}, references resolved. */
    JsonNode resolve(JsonNode schema) {
        JsonNode resolved = contract.resolve(schema);
        if (resolved != null && resolved.has("anyOf")) {
            for (JsonNode choice : resolved.get("anyOf")) {
                JsonNode c = contract.resolve(choice);
                if (!"null".equals(c.path("type").asText())) {
                    return c;
                }
            }
        }
        return resolved;
    }

    JsonNode propertySchema(JsonNode objectSchema, String field) {
        return resolve(objectSchema.path("properties").path(field));
    }

    private JsonNode object(JsonNode schema) {
        ObjectNode object = JSON.objectNode();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        schema.path("properties").fields().forEachRemaining(property -> {
            if (required.contains(property.getKey()) || random.nextInt(3) == 0) {
                object.set(property.getKey(), valid(property.getValue()));
            }
        });
        return object;
    }

    private JsonNode array(JsonNode schema) {
        ArrayNode array = JSON.arrayNode();
        int min = schema.path("minItems").asInt(0);
        int max = Math.min(schema.path("maxItems").asInt(min + 3), min + 3);
        int count = min + random.nextInt(max - min + 1);
        for (int i = 0; i < count; i++) {
            array.add(valid(schema.path("items")));
        }
        return array;
    }

    private long integer(JsonNode schema) {
        long min = schema.path("minimum").asLong(0);
        long max = schema.path("maximum").asLong(min + 20);
        return min + (long) (random.nextDouble() * (max - min + 1));
    }

    private String string(JsonNode schema) {
        String format = schema.path("format").asText("");
        String pattern = schema.path("pattern").asText("");
        if (format.equals("date")) {
            return String.format("%04d-%02d-%02d", 1990 + random.nextInt(40), 1 + random.nextInt(12),
                    1 + random.nextInt(28));
        }
        if (format.equals("date-time")) {
            return String.format("%04d-%02d-%02dT%02d:%02d:00Z", 2000 + random.nextInt(30), 1 + random.nextInt(12),
                    1 + random.nextInt(28), random.nextInt(24), random.nextInt(60));
        }
        if (format.equals("duration")) {
            return "PT" + (1 + random.nextInt(48)) + "H";
        }
        if (pattern.equals(SLUG)) {
            return id();
        }
        if (pattern.startsWith("https?:")) {
            // Port 1 refuses at once: a document to fetch by URL must not leave the machine.
            return "http://127.0.0.1:1/" + id();
        }
        if (pattern.startsWith("editor|")) {
            return random.nextBoolean() ? "editor" : "admin";
        }
        if (pattern.startsWith("[A-Za-z]{2,8}")) {
            return List.of("en", "de", "fr-CH", "uk").get(random.nextInt(4));
        }
        String text = words(schema.path("maxLength").asInt(60) < 20 ? 1 : 8);
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        return text.length() > max ? text.substring(0, max) : text;
    }

    private JsonNode outOfBounds(JsonNode schema) {
        if (schema.has("maximum") && random.nextBoolean()) {
            return JSON.numberNode(schema.get("maximum").asLong() + 1);
        }
        if (schema.has("minimum") && random.nextBoolean()) {
            return JSON.numberNode(schema.get("minimum").asLong() - 1);
        }
        if (schema.has("maxLength")) {
            return JSON.textNode("x".repeat(schema.get("maxLength").asInt() + 1));
        }
        if (schema.has("maxItems")) {
            ArrayNode many = JSON.arrayNode();
            for (int i = 0; i <= schema.get("maxItems").asInt(); i++) {
                many.add(valid(schema.path("items")));
            }
            return many;
        }
        return switch (random.nextInt(5)) {
            case 0 -> JSON.numberNode(new BigInteger("99999999999999999999999"));
            case 1 -> JSON.numberNode(new BigDecimal("8.5"));
            case 2 -> JSON.numberNode(Long.MIN_VALUE);
            case 3 -> JSON.textNode("+1000000000-01-01T00:00:00Z");
            default -> JSON.textNode("2022-02-30");
        };
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
            return "null";
        }
        return type.isMissingNode() ? (schema.has("properties") ? "object" : "string") : type.asText();
    }
}
