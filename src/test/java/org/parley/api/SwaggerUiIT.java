package org.parley.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.PackagedService;

/** The packaged service serves Swagger UI beside its OpenAPI document, unless configured not to. */
class SwaggerUiIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void servesSwaggerUi(@TempDir Path folder) throws Exception {
        PackagedService service = new PackagedService(folder, "swagger_on", Map.of()).fresh().start().awaitReady();
        try {
            HttpResponse<String> ui = get(service.uri("/q/swagger-ui/"));
            assertEquals(200, ui.statusCode());
            assertTrue(ui.body().contains("swagger-ui"), ui.body());
            assertEquals(200, get(service.uri("/q/openapi")).statusCode());
        } finally {
            service.process().destroy();
            service.process().waitFor();
        }
    }

    @Test
    void turnsSwaggerUiOffByConfiguration(@TempDir Path folder) throws Exception {
        PackagedService service = new PackagedService(folder, "swagger_off",
                Map.of("QUARKUS_SWAGGER_UI_ENABLED", "false")).fresh().start().awaitReady();
        try {
            assertEquals(404, get(service.uri("/q/swagger-ui/")).statusCode());
            assertEquals(200, get(service.uri("/q/openapi")).statusCode());
        } finally {
            service.process().destroy();
            service.process().waitFor();
        }
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }
}
