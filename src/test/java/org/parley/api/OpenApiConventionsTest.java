package org.parley.api;

import static org.eclipse.microprofile.openapi.OASFactory.createAPIResponse;
import static org.eclipse.microprofile.openapi.OASFactory.createAPIResponses;
import static org.eclipse.microprofile.openapi.OASFactory.createComponents;
import static org.eclipse.microprofile.openapi.OASFactory.createContent;
import static org.eclipse.microprofile.openapi.OASFactory.createMediaType;
import static org.eclipse.microprofile.openapi.OASFactory.createOpenAPI;
import static org.eclipse.microprofile.openapi.OASFactory.createOperation;
import static org.eclipse.microprofile.openapi.OASFactory.createParameter;
import static org.eclipse.microprofile.openapi.OASFactory.createPathItem;
import static org.eclipse.microprofile.openapi.OASFactory.createPaths;
import static org.eclipse.microprofile.openapi.OASFactory.createRequestBody;
import static org.eclipse.microprofile.openapi.OASFactory.createSchema;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.openapi.api.SmallRyeOpenAPI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The filter on writes, which the service has none of yet: whoever adds one gets its security and problem responses
 * documented without annotating it.
 */
class OpenApiConventionsTest {

    private Operation list;
    private Operation create;
    private Operation replace;
    private Operation delete;

    @BeforeEach
    void filterADocumentWithWrites() {
        Operation deleteWithItsOwn409 = operation(parameter("id", Parameter.In.PATH));
        deleteWithItsOwn409.getResponses()
                .addAPIResponse("409", createAPIResponse().description("Positions still cite it."));
        OpenAPI written = createOpenAPI()
                .components(createComponents().addSchema("Party", createSchema()))
                .paths(createPaths()
                        .addPathItem("/api/parties", createPathItem()
                                .GET(operation(parameter("page", Parameter.In.QUERY)))
                                .POST(operation().requestBody(createRequestBody().content(json()))))
                        .addPathItem("/api/parties/{id}", createPathItem()
                                .PUT(operation(parameter("id", Parameter.In.PATH))
                                        .requestBody(createRequestBody().content(json())))
                                .DELETE(deleteWithItsOwn409)));

        Paths filtered = SmallRyeOpenAPI.builder().withInitialModel(written).addFilter(new OpenApiConventions())
                .enableModelReader(false).enableStandardStaticFiles(false).enableAnnotationScan(false)
                .enableStandardFilter(false).build().model().getPaths();
        list = filtered.getPathItem("/api/parties").getGET();
        create = filtered.getPathItem("/api/parties").getPOST();
        replace = filtered.getPathItem("/api/parties/{id}").getPUT();
        delete = filtered.getPathItem("/api/parties/{id}").getDELETE();
    }

    @Test
    void readsNeedNoToken() {
        assertEquals(List.of(), list.getSecurity());
        assertEquals(List.of("200", "304", "400", "406", "500"), statuses(list));
    }

    @Test
    void writesNeedTheBearerToken() {
        for (Operation write : List.of(create, replace, delete)) {
            assertEquals(List.of(Map.of(OpenApiConventions.BEARER_AUTH, List.of())),
                    write.getSecurity().stream().map(SecurityRequirement::getSchemes).toList());
        }
    }

    @Test
    void aCreateAnswersProblemsAboutItsBodyAndItsRights() {
        assertEquals(List.of("200", "400", "401", "403", "406", "409", "413", "415", "422", "500"), statuses(create));
        assertEquals("#/components/responses/UnprocessableContent", create.getResponses().getAPIResponse("422")
                .getRef());
    }

    @Test
    void anUpdateAlsoAnswersUnknownIdsAndMissingOrStaleETags() {
        assertEquals(List.of("200", "400", "401", "403", "404", "406", "409", "412", "413", "415", "422", "428",
                "500"), statuses(replace));
    }

    @Test
    void aStatusTheOperationDocumentsItselfIsKept() {
        assertEquals(List.of("200", "400", "401", "403", "404", "406", "409", "412", "428", "500"), statuses(delete));
        assertEquals("Positions still cite it.", delete.getResponses().getAPIResponse("409").getDescription());
    }

    @Test
    void namesGenericPagesAfterWhatTheyHold() {
        assertEquals("PositionPage", OpenApiConventions.schemaName("PagePositionView"));
        assertEquals("Pagination", OpenApiConventions.schemaName("Pagination"));
    }

    private static Operation operation(Parameter... parameters) {
        return createOperation().parameters(List.of(parameters))
                .responses(createAPIResponses().addAPIResponse("200", createAPIResponse().description("OK")));
    }

    private static Parameter parameter(String name, Parameter.In in) {
        return createParameter().name(name).in(in).schema(createSchema());
    }

    private static Content json() {
        return createContent().addMediaType("application/json", createMediaType().schema(createSchema()
                .ref("#/components/schemas/Party")));
    }

    private static List<String> statuses(Operation operation) {
        return List.copyOf(operation.getResponses().getAPIResponses().keySet());
    }
}
