package org.parley.embed;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A page of another origin (127.0.0.1 on a port of its own, where the service is localhost on another) that embeds a
 * widget URL in an iframe, as a dashboard or a news site would.
 */
final class HostPage implements AutoCloseable {

    private final HttpServer server;

    private HostPage(HttpServer server) {
        this.server = server;
    }

    static HostPage embedding(String widgetUrl) throws IOException {
        byte[] page = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Newsroom dashboard</title></head>"
                + "<body><h1>Newsroom dashboard</h1><iframe id=\"widget\" src=\"" + Html.escape(widgetUrl)
                + "\" width=\"1200\" height=\"900\" style=\"border:1px solid #ccc\"></iframe></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        server.start();
        return new HostPage(server);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
