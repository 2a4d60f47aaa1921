package org.parley.ingest;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A web server on 127.0.0.1 serving pages the test puts on it: path to status, headers and body. */
public final class LocalSite implements AutoCloseable {

    public record Reply(int status, String contentType, byte[] body, String location) {

        public static Reply html(String html) {
            return new Reply(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), null);
        }

        public static Reply redirect(String location) {
            return new Reply(302, "text/plain", new byte[0], location);
        }
    }

    private final HttpServer server;
    private final Map<String, Reply> pages = new ConcurrentHashMap<>();

    public LocalSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            Reply reply = pages.get(exchange.getRequestURI().getPath());
            if (reply == null) {
                reply = new Reply(404, "text/plain", "not here".getBytes(StandardCharsets.UTF_8), null);
            }
            exchange.getResponseHeaders().add("Content-Type", reply.contentType());
            if (reply.location() != null) {
                exchange.getResponseHeaders().add("Location", reply.location());
            }
            exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply.body());
            }
        });
        server.start();
    }

    public String put(String path, Reply reply) {
        pages.put(path, reply);
        return url(path);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
