package org.parley.api;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.parley.Tokens;

/**
 * A body over the limit is refused with 413 however it is sent, and read no further: the client below sends a
 * chunked body that never ends (or a Content-Length it never fulfils), so only a service that stops reading at
 * the limit can answer at all.
 */
@QuarkusTest
class ChunkedBodyLimitTest {

    private static final long MIB = 1024 * 1024;

    @TestHTTPResource("/")
    URI base;

    @Test
    void aChunkedJsonBodyOverTheLimitIs413AndTheRestIsNeverRead() throws Exception {
        for (long size : new long[] {2 * MIB, 20 * MIB}) {
            Answer answer = sendChunked("/api/positions", "summary", size, false);
            assertEquals(413, answer.status(), size + " bytes: " + answer);
            assertEquals("application/problem+json", answer.headers().get("content-type"), answer.toString());
            assertThat(answer.body(), containsString("\"status\":413"));
            assertEquals("close", answer.headers().get("connection"), answer.toString());
            assertTrue(answer.closedByService(), "the service closes the connection instead of reading on");
            if (size > 10 * MIB) {
                // 2 MiB may fit in the sockets' buffers; 20 MiB cannot, unless the service reads on
                assertThat("bytes sent before the service closed", answer.sent(), lessThan(size));
            }
        }
    }

    @Test
    void aChunkedDocumentBodyIsHeldToTheDocumentLimit() throws Exception {
        Answer answer = sendChunked("/api/documents", "title,note,text", 40 * MIB, false);
        assertEquals(413, answer.status(), answer.toString());
        assertEquals("application/problem+json", answer.headers().get("content-type"), answer.toString());
        assertThat("bytes sent before the service closed", answer.sent(), lessThan(40 * MIB));
    }

    @Test
    void aChunkedBodyUnderTheLimitIsReadAsBefore() throws Exception {
        Answer answer = sendChunked("/api/positions", "summary", 1000, true);
        assertEquals(422, answer.status(), answer.toString());
        assertThat(answer.body(), containsString("summary"));
    }

    @Test
    void aDeclaredLengthOverTheLimitIs413BeforeAnyOfTheBody() throws Exception {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(head("/api/positions", "Content-Length: " + 2 * MIB));
            out.flush();
            Answer answer = read(socket);
            assertEquals(413, answer.status(), answer.toString());
            assertEquals("close", answer.headers().get("connection"), answer.toString());
            assertTrue(answer.closedByService(), answer.toString());
        }
    }

    /**
     * Sends a JSON body of about {@code size} bytes, shared by strings of the fields named (each under Jackson's
     * 20 M characters), in 64 KiB chunks; ends it only if {@code end}, and reads the answer.
     */
    private Answer sendChunked(String path, String fields, long size, boolean end) throws Exception {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(head(path, "Transfer-Encoding: chunked"));
            AtomicLong sent = new AtomicLong();
            Thread writer = new Thread(() -> {
                try {
                    String[] names = fields.split(",");
                    byte[] filler = new byte[64 * 1024];
                    Arrays.fill(filler, (byte) 'x');
                    if (end) {
                        byte[] whole = "{\"party\": \"russia\"}".getBytes(StandardCharsets.US_ASCII);
                        chunk(out, whole, whole.length);
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                        sent.addAndGet(whole.length);
                        return;
                    }
                    for (int i = 0; i < names.length; i++) {
                        byte[] opening = ((i == 0 ? "{\"" : "\", \"") + names[i] + "\": \"")
                                .getBytes(StandardCharsets.US_ASCII);
                        chunk(out, opening, opening.length);
                        sent.addAndGet(opening.length);
                        long until = size / names.length * (i + 1);
                        while (sent.get() < until) {
                            int n = (int) Math.min(filler.length, until - sent.get());
                            chunk(out, filler, n);
                            sent.addAndGet(n);
                        }
                    }
                    out.flush();
                } catch (IOException closed) {
                    // the service closed the connection: what was sent so far is counted
                }
            });
            writer.start();
            Answer answer = read(socket);
            socket.close();
            writer.join(TimeUnit.SECONDS.toMillis(30));
            return answer.withSent(sent.get());
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(base.getHost(), base.getPort());
        socket.setSoTimeout((int) TimeUnit.SECONDS.toMillis(30));
        return socket;
    }

    private static byte[] head(String path, String framing) {
        return ("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + Tokens.token("chunky", "editor", "admin") + "\r\nContent-Type: application/json\r\n" + framing
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static void chunk(OutputStream out, byte[] bytes, int length) throws IOException {
        out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes, 0, length);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** Reads the status line, headers and a Content-Length body, then whether the service closes the connection. */
    private static Answer read(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        String status = line(in);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
        }
        byte[] body = in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
        boolean closed = "close".equals(headers.get("connection")) && closes(in);
        return new Answer(Integer.parseInt(status.split(" ")[1]), headers,
                new String(body, StandardCharsets.UTF_8), closed, 0);
    }

    /** Whether the connection ends (rather than waiting for more of the request) within the read timeout. */
    private static boolean closes(InputStream in) {
        try {
            return in.read() == -1;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b == -1) {
                throw new IOException("The connection closed before a whole answer: " + line);
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    record Answer(int status, Map<String, String> headers, String body, boolean closedByService, long sent) {
        Answer withSent(long bytes) {
            return new Answer(status, headers, body, closedByService, bytes);
        }
    }
}
