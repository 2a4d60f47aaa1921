package org.parley.race;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Requests to the service under test, one by one or several released at the same moment. */
public final class Http implements AutoCloseable {

    private final URI base;
    private final String token;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ExecutorService pool = Executors.newCachedThreadPool();

    public Http(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    public HttpResponse<String> get(String path) {
        return send("GET", path, null, null);
    }

    public HttpResponse<String> send(String method, String path, String ifMatch, String json) {
        return send(method, path, ifMatch, json, method.equals("PATCH") ? "application/merge-patch+json"
                : "application/json");
    }

    public HttpResponse<String> send(String method, String path, String ifMatch, String json, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (!method.equals("GET")) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            request.header("Content-Type", contentType);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The write with the ETag read just before; a record already gone is simply read (its 404 is the answer). */
    public HttpResponse<String> sendAtCurrentETag(String method, String path, String json) {
        String resource = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        HttpResponse<String> read = get(resource);
        if (read.statusCode() != 200) {
            return read;
        }
        return send(method, path, read.headers().firstValue("ETag").orElseThrow(), json);
    }

    public String etag(String path) {
        return get(path).headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag for " + path));
    }

    /** Runs the requests on their own threads, released together by a barrier; returns their responses in order. */
    @SafeVarargs
    public final List<HttpResponse<String>> atOnce(Supplier<HttpResponse<String>>... requests) {
        CyclicBarrier start = new CyclicBarrier(requests.length);
        List<Future<HttpResponse<String>>> futures = new ArrayList<>();
        for (Supplier<HttpResponse<String>> request : requests) {
            futures.add(pool.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                return request.get();
            }));
        }
        List<HttpResponse<String>> responses = new ArrayList<>();
        for (Future<HttpResponse<String>> future : futures) {
            try {
                responses.add(future.get(90, TimeUnit.SECONDS));
            } catch (Exception e) {
                throw new AssertionError("a concurrent request failed", e);
            }
        }
        return responses;
    }

    /** {@link #atOnce(Supplier[])} for a list of requests, which may be empty. */
    @SuppressWarnings("unchecked")
    public List<HttpResponse<String>> atOnce(List<Supplier<HttpResponse<String>>> requests) {
        return requests.isEmpty() ? List.of() : atOnce(requests.toArray(new Supplier[0]));
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
