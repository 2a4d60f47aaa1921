package org.parley.write;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for tests that talk to a separately started service. */
final class Api {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(String method, URI uri, String token, String ifMatch, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", method.equals("PATCH") ? "application/merge-patch+json"
                    : "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpClient client() {
        return http;
    }

    static String position(String id, String summary) {
        return """
                {"id": "%s", "party": "united-states", "topic": "sanctions", "kind": "WARNING",
                 "summary": "%s", "statedOn": "2022-01-08",
                 "citations": [{"document": "001_949e2e32b0da38f4",
                                "quote": "would hit Russia hard with economic sanctions should it attack Ukraine"}]}
                """.formatted(id, summary);
    }
}
