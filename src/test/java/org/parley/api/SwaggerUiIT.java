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
        Process service = PackagedService.start(folder, "swagger_on", Map.of("QUARKUS_HTTP_PORT", "0"));
        try {
            URI root = PackagedService.awaitListening(service, folder);
            HttpResponse<String> ui = get(root.resolve("/q/swagger-ui/"));
            assertEquals(200, ui.statusCode());
            assertTrue(ui.body().contains("swagger-ui"), ui.body());
            assertEquals(200, get(root.resolve("/q/openapi")).statusCode());
        } finally {
            service.destroy();
            service.waitFor();
        }
    }

    @Test
    void turnsSwaggerUiOffByConfiguration(@TempDir Path folder) throws Exception {
        Process service = PackagedService.start(folder, "swagger_off",
                Map.of("QUARKUS_HTTP_PORT", "0", "QUARKUS_SWAGGER_UI_ENABLED", "false"));
        try {
            URI root = PackagedService.awaitListening(service, folder);
            assertEquals(404, get(root.resolve("/q/swagger-ui/")).statusCode());
            assertEquals(200, get(root.resolve("/q/openapi")).statusCode());
        } finally {
            service.destroy();
            service.waitFor();
        }
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }
}
