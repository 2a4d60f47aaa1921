package org.parley.fuzz;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, one connection per request: the fuzzer must send what a library would refuse to
 * (malformed percent-encoding, raw non-ASCII bytes in the target, any Host).
 */
record RawHttp(String host, int port, int timeoutMillis) {

    private static final int MAX_BODY = 4 << 20;

    record Response(int status, Map<String, String> headers, byte[] body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** Sends the request; without a Host header of the request's own, the service's address is the Host. */
    Response send(FuzzRequest request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            OutputStream out = socket.getOutputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            head.write((request.method() + " ").getBytes(StandardCharsets.US_ASCII));
            head.write(request.target());
            head.write(" HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII));
            if (request.headers().stream().noneMatch(h -> h.name().equalsIgnoreCase("Host"))) {
                line(head, "Host", host + ":" + port);
            }
            for (FuzzRequest.Header header : request.headers()) {
                line(head, header.name(), header.value());
            }
            line(head, "Connection", "close");
            if (request.body() != null) {
                line(head, "Content-Length", String.valueOf(request.body().length));
            }
            head.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream in = new BufferedInputStream(socket.getInputStream());
            try {
                out.write(head.toByteArray());
                if (request.body() != null) {
                    out.write(request.body());
                }
                out.flush();
            } catch (IOException refusedEarly) {
                // The service may answer (414, 413) and close before it has read all of a huge request.
                return read(in, false);
            }
            return read(in, request.method().equals("HEAD"));
        }
    }

    private static void line(ByteArrayOutputStream head, String name, String value) throws IOException {
        head.write((name + ": " + value + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    private static Response read(InputStream in, boolean head) throws IOException {
        String statusLine = readLine(in);
        if (statusLine == null) {
            throw new IOException("the connection closed without a response");
        }
        String[] parts = statusLine.split(" ", 3);
        int status = Integer.parseInt(parts[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = readLine(in); line != null && !line.isEmpty(); line = readLine(in)) {
            int colon = line.indexOf(':');
            headers.merge(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim(),
                    (a, b) -> a + ", " + b);
        }
        String type = headers.getOrDefault("content-type", "");
        if (head || status == 204 || status == 304 || type.startsWith("text/event-stream")) {
            return new Response(status, headers, new byte[0]);
        }
        byte[] body;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = chunked(in);
        } else if (headers.containsKey("content-length")) {
            body = in.readNBytes((int) Math.min(MAX_BODY, Long.parseLong(headers.get("content-length"))));
        } else {
            body = in.readNBytes(MAX_BODY);
        }
        return new Response(status, headers, body);
    }

    private static byte[] chunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = readLine(in);
            if (size == null) {
                return body.toByteArray();
            }
            int length = Integer.parseInt(size.split(";")[0].trim(), 16);
            if (length == 0) {
                return body.toByteArray();
            }
            byte[] chunk = in.readNBytes(length);
            if (body.size() < MAX_BODY) {
                body.write(chunk);
            }
            readLine(in);
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }
}
