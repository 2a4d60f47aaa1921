package org.parley.api;

import static org.eclipse.microprofile.openapi.OASFactory.createSchema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * A PATCH body is read as a JSON tree (a merge patch tells "leave out" from "set to null"); its documented shape is
 * the resource's input with nothing required, published as {@code XPatch} beside {@code XInput}.
 */
final class MergePatchSchemas {

    private MergePatchSchemas() {
    }

    static void addTo(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            if (path.getPATCH() == null || path.getPUT() == null) {
                continue;
            }
            MediaType patch = mediaType(path.getPATCH().getRequestBody().getContent(), MergePatch.MEDIA_TYPE);
            MediaType put = mediaType(path.getPUT().getRequestBody().getContent(), "application/json");
            if (patch == null || put == null || put.getSchema() == null || put.getSchema().getRef() == null) {
                continue;
            }
            String input = put.getSchema().getRef().substring(OpenApiConventions.SCHEMAS.length());
            String name = input.replaceFirst("Input$", "") + "Patch";
            Map<String, Schema> properties = new LinkedHashMap<>();
            components.getSchemas().get(input).getProperties().forEach((field, schema) ->
                    properties.put(field, orNull(schema)));
            components.addSchema(name, createSchema().type(List.of(SchemaType.OBJECT))
                    .description("An RFC 7396 merge patch of " + input + ": only the fields to change; null removes "
                            + "an optional field.")
                    .properties(properties));
            patch.setSchema(createSchema().ref(OpenApiConventions.SCHEMAS + name));
        }
        components.removeSchema("JsonNode");
        components.removeSchema("JsonNodeType");
    }

    /** In a merge patch every member may be null: it removes the field. */
    private static Schema orNull(Schema schema) {
        Schema nullType = createSchema().type(List.of(SchemaType.NULL));
        if (schema.getRef() != null) {
            return createSchema().anyOf(List.of(schema, nullType)).description(schema.getDescription());
        }
        if (schema.getType() != null && schema.getType().contains(SchemaType.NULL)
                || schema.getAnyOf() != null && schema.getAnyOf().stream().anyMatch(s -> s.getType() != null
                        && s.getType().contains(SchemaType.NULL))) {
            return schema;
        }
        return createSchema().anyOf(List.of(schema, nullType));
    }

    private static MediaType mediaType(Content content, String type) {
        return content == null || content.getMediaTypes() == null ? null : content.getMediaTypes().get(type);
    }
}
