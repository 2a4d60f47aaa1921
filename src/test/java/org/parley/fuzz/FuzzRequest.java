package org.parley.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One request as sent, byte for byte.
 *
 * @param target the request target (path and query) exactly as written on the request line
 * @param body the body, or null for none
 */
record FuzzRequest(String method, byte[] target, List<Header> headers, byte[] body) {

    /** @param shown how the value is written in a report: tokens by their role, not in full */
    record Header(String name, String value, String shown) {

        Header(String name, String value) {
            this(name, value, value);
        }
    }

    private static final int SHOWN = 600;

    /** A line to reproduce the request by hand; bytes that are not printable ASCII are written as {@code \xNN}. */
    String describe() {
        String shownHeaders = headers.stream().map(h -> h.name() + ": " + printable(
                h.shown().getBytes(StandardCharsets.UTF_8))).collect(Collectors.joining(" | ", "[", "]"));
        String shownBody = body == null ? "(none)" : "'" + printable(body) + "'"
                + (body.length > SHOWN ? " (" + body.length + " bytes in all)" : "");
        return method + " " + printable(target) + " headers=" + shownHeaders + " body=" + shownBody;
    }

    private static String printable(byte[] bytes) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < Math.min(bytes.length, SHOWN); i++) {
            int b = bytes[i] & 0xff;
            if (b >= 0x20 && b < 0x7f && b != '\\' && b != '\'') {
                shown.append((char) b);
            } else {
                shown.append(String.format("\\x%02x", b));
            }
        }
        if (bytes.length > SHOWN) {
            shown.append("…");
        }
        return shown.toString();
    }
}
