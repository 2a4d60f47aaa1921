package org.parley.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.PackagedService;

/** SIGTERM lets a request in flight finish: a document still being uploaded is stored and acknowledged. */
class GracefulShutdownIT {

    private static final int CHUNKS = 20;

    @Test
    void aRequestInFlightFinishesAfterSigterm(@TempDir Path folder) throws Exception {
        PackagedService service = new PackagedService(folder, "graceful", Map.of()).fresh().start().awaitReady();
        String token = service.adminToken();
        String text = "A statement delivered slowly. ".repeat(CHUNKS * 10);
        byte[] body = ("{\"id\": \"doc-slow\", \"title\": \"Slow\", \"text\": \"" + text + "\"}")
                .getBytes(StandardCharsets.UTF_8);

        Api api = new Api();
        CompletableFuture<HttpResponse<String>> upload = api.client().sendAsync(
                HttpRequest.newBuilder(service.uri("/api/documents"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(new SlowBody(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        awaitRequestsInFlight(api, service, 2);

        service.process().destroy();

        HttpResponse<String> answer = upload.get(60, TimeUnit.SECONDS);
        assertEquals(201, answer.statusCode(), answer.body());
        assertTrue(service.process().waitFor(60, TimeUnit.SECONDS), "the service stopped");

        PackagedService restarted = new PackagedService(folder, "graceful", Map.of()).start().awaitReady();
        try {
            assertEquals(200, api.get(restarted.uri("/api/documents/doc-slow")).statusCode());
        } finally {
            restarted.process().destroy();
            restarted.process().waitFor(60, TimeUnit.SECONDS);
        }
    }

    /** Waits until the service reports this many requests in flight (the one asking included). */
    private static void awaitRequestsInFlight(Api api, PackagedService service, int count) throws Exception {
        Pattern gauge = Pattern.compile("(?m)^http_server_active_requests\\{[^}]*} ([0-9.]+)$");
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            Matcher active = gauge.matcher(api.get(service.uri("/q/metrics")).body());
            if (active.find() && Double.parseDouble(active.group(1)) >= count) {
                return;
            }
        }
        throw new AssertionError("the upload never reached the service");
    }

    /** A request body sent in chunks, a beat apart, so the request is still in flight when the signal comes. */
    private static final class SlowBody implements HttpRequest.BodyPublisher {
        private final byte[] body;

        SlowBody(byte[] body) {
            this.body = body;
        }

        @Override
        public long contentLength() {
            return body.length;
        }

        @Override
        public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
            subscriber.onSubscribe(new Flow.Subscription() {
                private int sent;
                private boolean done;

                @Override
                public synchronized void request(long n) {
                    for (long i = 0; i < n && !done; i++) {
                        int size = (body.length + CHUNKS - 1) / CHUNKS;
                        int from = sent * size;
                        if (from >= body.length) {
                            done = true;
                            subscriber.onComplete();
                            return;
                        }
                        if (sent > 0) {
                            pace();
                        }
                        // Counted before it is handed over: onNext may ask for the next chunk right away.
                        sent++;
                        subscriber.onNext(ByteBuffer.wrap(body, from, Math.min(size, body.length - from)));
                    }
                }

                @Override
                public void cancel() {
                    done = true;
                }
            });
        }

        /** The beat between chunks: it makes the upload slow, it synchronises nothing. */
        private static void pace() {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
