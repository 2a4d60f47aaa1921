import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The walk of the training run behind the Java 25 image's AOT cache (aot-train.sh; README, "Deploy it"). While the
 * service runs with {@code -XX:AOTCacheOutput}, this takes it through what it does in use, so that the classes loaded
 * and the methods profiled for that land in the cache: with the bootstrap admin token, a document, a position citing
 * it, a merge patch, suggestions and an import, then every kind of read, over the seed corpus the image carries. Any
 * unexpected answer exits with 1, so that a broken image fails its build rather than starting without its cache.
 *
 * <pre>java AotTraining.java http://localhost:8080 /tmp/aot-training/keys/admin.jwt [rounds]</pre>
 *
 * Plain Java 17 and its HTTP client, no dependency: it runs on the image's JRE, compiled in the build stage.
 */
public final class AotTraining {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final String TEXT = "The envoys met in Geneva on Monday. The first party demanded written "
            + "guarantees on troop deployments near the border. The second party said it would answer in writing "
            + "within a week. Both sides agreed to meet again in Vienna.";
    private static final String QUOTE =
            "The first party demanded written guarantees on troop deployments near the border.";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String token;

    private AotTraining(String base, String token) {
        this.base = base;
        this.token = token;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: AotTraining <base URL> <admin token file> [rounds]");
            System.exit(2);
        }
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        AotTraining training = new AotTraining(args[0], awaitToken(args[0], Path.of(args[1])));
        try {
            training.run(rounds);
        } catch (IllegalStateException unexpected) {
            System.err.println("AOT training: " + unexpected.getMessage());
            System.exit(1);
        }
    }

    /** Waits for the service to be ready (the token file is written before it is), then reads the token. */
    private static String awaitToken(String base, Path file) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plusSeconds(180);
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpRequest ready = HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).build();
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return Files.readString(file).trim();
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the service was not ready within 180 s");
    }

    private void run(int rounds) throws Exception {
        String party = "russia";
        String otherParty = "united-states";
        String topic = "nato-expansion";
        String document = firstId(write("POST", "/api/documents", "application/json", null,
                "{\"title\":\"AOT training\",\"outlet\":\"Training Wire\",\"publishedOn\":\"2022-01-10\","
                        + "\"text\":\"" + TEXT + "\"}"));
        String demand = firstId(write("POST", "/api/positions", "application/json", null,
                "{\"id\":\"aot-training-demand\",\"party\":\"" + party + "\",\"topic\":\"" + topic
                        + "\",\"kind\":\"DEMAND\",\"summary\":\"Written guarantees on troops.\",\"statedOn\":"
                        + "\"2022-01-10\",\"citations\":[{\"document\":\"" + document + "\",\"quote\":\"" + QUOTE
                        + "\"}]}"));
        String etag = send(request("/api/positions/" + demand)).headers().firstValue("ETag").orElseThrow();
        write("PATCH", "/api/positions/" + demand, "application/merge-patch+json", etag,
                "{\"summary\":\"Written guarantees on troop deployments.\"}");
        write("POST", "/api/import", "application/x-ndjson", null, importBody(otherParty, topic, demand));
        send(request("/api/documents/" + document + "/suggestions").POST(HttpRequest.BodyPublishers.noBody()));
        for (int round = 0; round < rounds; round++) {
            for (String path : reads(party, topic, demand, document)) {
                check(request(path).header("Accept-Encoding", "gzip").build(),
                        HttpResponse.BodyHandlers.discarding());
            }
        }
    }

    private static List<String> reads(String party, String topic, String position, String document) {
        return List.of("/api/parties", "/api/parties/" + party, "/api/topics", "/api/topics/" + topic,
                "/api/positions", "/api/positions?party=" + party + "&topic=" + topic + "&size=50",
                "/api/positions/" + position, "/api/positions/" + position + "/history",
                "/api/parties/" + party + "/positions", "/api/positions?q=guarantees&size=50",
                "/api/positions?q=%22written+guarantees%22",
                "/api/search?q=geneva&size=10", "/api/search/facets?q=geneva", "/api/demands", "/api/responses",
                "/api/matrix", "/api/matrix?topic=" + topic, "/api/timeline", "/api/stats", "/api/documents",
                "/api/documents/" + document, "/api/documents/" + document + "/text",
                "/api/documents/" + document + "/positions", "/api/documents/" + document + "/suggestions",
                "/api/citations", "/api/annotations", "/api/changes", "/api/negotiations",
                "/api/export/positions.csv", "/embed/matrix");
    }

    /** A document and 40 positions citing it, each answering the one before: the import's batch path. */
    private static String importBody(String party, String topic, String answered) {
        StringBuilder lines = new StringBuilder("{\"type\":\"document\",\"id\":\"aot-training-import\",\"title\":"
                + "\"AOT training, imported\",\"outlet\":\"Training Wire\",\"publishedOn\":\"2022-01-11\",\"text\":\""
                + TEXT + " A day later, the talks moved to Brussels.\"}\n");
        int start = TEXT.indexOf(QUOTE);
        for (int i = 0; i < 40; i++) {
            lines.append("{\"type\":\"position\",\"id\":\"aot-training-").append(i).append("\",\"party\":\"")
                    .append(party).append("\",\"topic\":\"").append(topic).append("\",\"kind\":\"")
                    .append(i == 0 ? "REJECTION" : "STATEMENT").append("\",\"summary\":\"Imported statement ")
                    .append(i).append(".\",\"statedOn\":\"2022-01-11\",\"respondsTo\":\"")
                    .append(i == 0 ? answered : "aot-training-" + (i - 1)).append("\",\"citations\":[{\"document\":")
                    .append("\"aot-training-import\",\"quote\":\"").append(QUOTE).append("\",\"start\":").append(start)
                    .append(",\"end\":").append(start + QUOTE.length()).append("}]}\n");
        }
        return lines.toString();
    }

    /** A write; answers its response's body. */
    private String write(String method, String path, String contentType, String ifMatch, String body)
            throws Exception {
        HttpRequest.Builder request = request(path).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request).body();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return check(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> check(HttpRequest request, HttpResponse.BodyHandler<T> body) throws Exception {
        HttpResponse<T> response = http.send(request, body);
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                    + response.statusCode() + (response.body() == null ? "" : ": " + response.body()));
        }
        return response;
    }

    /** The first id in a write's answer: the created or changed record's own, which comes first. */
    private static String firstId(String json) {
        Matcher id = ID.matcher(json);
        if (!id.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return id.group(1);
    }
}
