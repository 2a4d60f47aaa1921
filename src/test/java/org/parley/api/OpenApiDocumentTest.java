package org.parley.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.document.DateBasis;
import org.parley.party.PartyKind;
import org.parley.position.PositionKind;

/** The served OpenAPI document is complete enough for a generator: what a client author relies on. */
@QuarkusTest
class OpenApiDocumentTest {

    private JsonNode document;

    @BeforeEach
    void readTheDocument() throws Exception {
        document = new ObjectMapper().readTree(given().queryParam("format", "json")
                .when().get("/q/openapi").then().statusCode(200).extract().asString());
    }

    @Test
    void everyOperationHasAUniqueIdADeclaredTagAndASummary() {
        Set<String> declaredTags = new HashSet<>(document.get("tags").findValuesAsText("name"));
        Set<String> ids = new HashSet<>();
        eachOperation((where, operation) -> {
            assertTrue(ids.add(operation.path("operationId").asText()), where + ": operationId missing or taken");
            assertFalse(operation.path("summary").asText().isBlank(), where + ": summary");
            assertEquals(1, operation.path("tags").size(), where + ": tags");
            assertTrue(declaredTags.contains(operation.path("tags").get(0).asText()), where + ": tag not declared");
        });
        assertTrue(ids.size() >= 15, "operations found: " + ids);
    }

    @Test
    void everyOperationDocumentsItsProblems() {
        eachOperation((where, operation) -> {
            JsonNode responses = operation.get("responses");
            assertEquals("#/components/responses/InternalError", responses.path("500").path("$ref").asText(), where);
            if (hasParameter(operation, "path")) {
                assertEquals("#/components/responses/NotFound", responses.path("404").path("$ref").asText(), where);
            }
            if (hasParameter(operation, "query")) {
                assertEquals("#/components/responses/BadRequest", responses.path("400").path("$ref").asText(),
                        where);
            }
        });
        document.at("/components/responses").fields().forEachRemaining(response -> assertEquals(
                response.getKey().equals("NotModified") ? "" : "#/components/schemas/Problem",
                response.getValue().at("/content/application~1problem+json/schema/$ref").asText(), response.getKey()));
    }

    @Test
    void listsDocumentTheirPagingHeadersAndNamedPages() {
        Set<String> listOperations = new HashSet<>();
        Set<String> pagedOperations = new HashSet<>();
        eachOperation((where, operation) -> {
            if (operation.get("operationId").asText().startsWith("list")) {
                listOperations.add(where);
            }
            if (!hasParameter(operation, "query", "page")) {
                return;
            }
            pagedOperations.add(where);
            JsonNode ok = operation.at("/responses/200");
            assertEquals("#/components/headers/Link", ok.at("/headers/Link/$ref").asText(), where);
            assertEquals("#/components/headers/X-Total-Count", ok.at("/headers/X-Total-Count/$ref").asText(), where);
            String page = ok.at("/content/application~1json/schema/$ref").asText();
            assertTrue(page.startsWith("#/components/schemas/"), where + ": " + page);
            assertTrue(schema(page.substring("#/components/schemas/".length())).at("/properties").has("items"),
                    where + ": a page holds items");
        });
        assertEquals(listOperations, pagedOperations);
    }

    @Test
    void readsNeedNoTokenAndWritesHaveABearerScheme() {
        JsonNode bearer = document.at("/components/securitySchemes/" + OpenApiConventions.BEARER_AUTH);
        assertEquals("http", bearer.path("type").asText());
        assertEquals("bearer", bearer.path("scheme").asText());
        assertEquals("JWT", bearer.path("bearerFormat").asText());
        eachOperation((where, operation) -> {
            if (where.startsWith("get ")) {
                assertEquals("[]", operation.path("security").toString(), where);
            } else {
                assertEquals(OpenApiConventions.BEARER_AUTH, operation.at("/security/0").fieldNames().next(), where);
            }
        });
    }

    @Test
    void everyObjectIsANamedSchema() {
        document.get("components").get("schemas").forEach(schema -> schema.path("properties")
                .forEach(property -> assertNoInlineObject(property, property.toString())));
        eachOperation((where, operation) -> operation.get("responses").forEach(response -> response.path("content")
                .forEach(media -> assertNoInlineObject(media.get("schema"), where))));
        document.get("components").get("schemas").fieldNames().forEachRemaining(name -> assertFalse(
                name.startsWith("Page") || name.equals("LocalDate") || name.equals("Instant"), name));
    }

    @Test
    void kindsAreEnumsOfTheServicesOwn() {
        assertEnum("PositionKind", PositionKind.values());
        assertEnum("PartyKind", PartyKind.values());
        assertEnum("DateBasis", DateBasis.values());
        assertEquals("#/components/schemas/PositionKind", schema("Position").at("/properties/kind/$ref").asText());
    }

    @Test
    void marksRequiredAndNullableFields() {
        JsonNode position = schema("Position");
        List<String> required = new ArrayList<>();
        position.get("required").forEach(r -> required.add(r.asText()));
        assertTrue(required.containsAll(List.of("id", "party", "topic", "kind", "summary", "statedOn", "citations")));
        assertFalse(required.contains("speaker") || required.contains("respondsTo"));
        assertTrue(position.at("/properties/speaker/anyOf").toString().contains("{\"type\":\"null\"}"));
        assertTrue(position.at("/properties/respondsTo/type").isMissingNode(), "a type beside anyOf forbids null");
        JsonNode publishedOn = schema("Document").at("/properties/publishedOn");
        assertEquals("[\"string\",\"null\"]", publishedOn.get("type").toString());
        assertEquals("date", publishedOn.get("format").asText());
        assertEquals("date-time", position.at("/properties/createdAt/format").asText());
    }

    @Test
    void examplesComeFromTheSeededData() {
        JsonNode citation = schema("Citation").get("properties");
        given().when().get(citation.at("/spanUrl/examples/0").asText())
                .then().statusCode(200).body(equalTo(citation.at("/quote/examples/0").asText()));
        JsonNode example = schema("Document").get("properties");
        Response stored = given().when().get("/api/documents/" + example.at("/id/examples/0").asText());
        assertEquals(200, stored.statusCode());
        for (String field : List.of("title", "outlet", "url", "publishedOn", "publishedBasis", "length", "textUrl")) {
            assertEquals(example.at("/" + field + "/examples/0").asText(), stored.jsonPath().getString(field), field);
        }
    }

    /**
     * A path example names something stored; a query example alone, on a top-level list, finds something. Required
     * query parameters take their examples in every request; streams are left out, they never end.
     */
    @Test
    void everyParameterExampleFindsSomething() {
        eachOperation((where, operation) -> {
            if (!where.startsWith("get ") || operation.at("/responses/200/content").has("text/event-stream")) {
                return;
            }
            String path = where.substring("get ".length());
            List<String> required = new ArrayList<>();
            for (JsonNode parameter : operation.path("parameters")) {
                if (parameter.get("in").asText().equals("path")) {
                    path = path.replace("{" + parameter.get("name").asText() + "}", parameter.get("example").asText());
                } else if (parameter.path("required").asBoolean()) {
                    required.add(parameter.get("name").asText() + "=" + ours(parameter.get("example").asText()));
                }
            }
            path = required.isEmpty() ? path : path + "?" + String.join("&", required);
            assertEquals(200, given().when().get(path).statusCode(), where + " as " + path);
            for (JsonNode parameter : operation.path("parameters")) {
                JsonNode example = parameter.has("example") ? parameter.get("example")
                        : parameter.at("/schema/examples/0");
                if (parameter.get("in").asText().equals("query") && !example.isMissingNode()) {
                    List<String> values = new ArrayList<>();
                    (example.isArray() ? example : List.of(example)).forEach(v -> values.add(ours(v.asText())));
                    Response answer = given().queryParam(parameter.get("name").asText(), values).when().get(path);
                    String asked = path + "?" + parameter.get("name").asText() + "=" + example;
                    assertEquals(200, answer.statusCode(), asked);
                    if (!hasParameter(operation, "path") && hasParameter(operation, "query", "page")) {
                        assertTrue(!answer.jsonPath().getList("items").isEmpty(), asked + " found nothing");
                    }
                }
            }
        });
    }

    /** Swagger UI fills Try-it-out with a parameter's example: an optional filter must not have one. */
    @Test
    void optionalQueryParametersKeepTheirExampleOutOfTryItOut() {
        eachOperation((where, operation) -> operation.path("parameters").forEach(parameter -> {
            if (parameter.get("in").asText().equals("query") && !parameter.path("required").asBoolean()) {
                assertFalse(parameter.has("example") || parameter.has("examples"), where + " " + parameter);
            }
        }));
    }

    @Test
    void createsAnswer201WithTheBodyItsLocationAndETag() {
        for (String path : List.of("/api/parties", "/api/topics", "/api/documents", "/api/positions")) {
            JsonNode created = document.at("/paths/" + path.replace("/", "~1") + "/post/responses/201");
            assertEquals("#/components/headers/Location", created.at("/headers/Location/$ref").asText(), path);
            assertEquals("#/components/headers/ETag", created.at("/headers/ETag/$ref").asText(), path);
            String body = created.at("/content/application~1json/schema/$ref").asText();
            assertTrue(body.startsWith("#/components/schemas/"), path);
            assertFalse(document.at("/paths/" + path.replace("/", "~1") + "/get/responses/304").isMissingNode(), path);
        }
        assertTrue(document.at("/paths/~1api~1tokens/post/responses/201/content").has("application/json"));
        assertTrue(document.at("/paths/~1api~1documents/post/responses").has("200"), "the same text again");
        assertEquals("#/components/headers/ETag",
                document.at("/components/responses/PreconditionFailed/headers/ETag/$ref").asText());
    }

    @Test
    void csvIsOfferedOnlyWhereItIsTheOnlyResponse() {
        eachOperation((where, operation) -> {
            JsonNode content = operation.at("/responses/200/content");
            assertFalse(content.has("application/json") && content.has("text/csv"), where);
            operation.path("parameters").forEach(p -> assertFalse(p.get("name").asText().equals("format")
                    && p.toString().contains("csv"), where));
        });
        assertEquals("string", document.at("/paths/~1api~1export~1positions.csv/get/responses/200/content/text~1csv"
                + "/schema/type").asText());
    }

    /** Examples that name the service by the README's address name this test's service instead. */
    private String ours(String example) {
        return example.replace("http://localhost:8080", RestAssured.baseURI + ":" + RestAssured.port);
    }

    private void eachOperation(BiConsumer<String, JsonNode> check) {
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(
                method -> check.accept(method.getKey() + " " + path.getKey(), method.getValue())));
    }

    private static boolean hasParameter(JsonNode operation, String in, String... names) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.get("in").asText().equals(in)
                    && (names.length == 0 || Arrays.asList(names).contains(parameter.get("name").asText()))) {
                return true;
            }
        }
        return false;
    }

    private static void assertNoInlineObject(JsonNode schema, String where) {
        assertFalse(schema.has("properties"), where + " has an inline object; give it a named schema");
        schema.findValues("items").forEach(items -> assertFalse(items.has("properties"), where));
        schema.findValues("anyOf").forEach(anyOf -> anyOf.forEach(s -> assertFalse(s.has("properties"), where)));
    }

    private JsonNode schema(String name) {
        JsonNode schema = document.at("/components/schemas/" + name);
        assertFalse(schema.isMissingNode(), "no schema " + name);
        return schema;
    }

    private void assertEnum(String name, Enum<?>[] values) {
        List<String> expected = Arrays.stream(values).map(Enum::name).toList();
        List<String> documented = new ArrayList<>();
        schema(name).get("enum").forEach(v -> documented.add(v.asText()));
        assertEquals(expected, documented, name);
    }
}
