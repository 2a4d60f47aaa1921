package org.parley.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.parley.fuzz.Contract.Operation;
import org.parley.fuzz.Contract.Parameter;
import org.parley.fuzz.FuzzRequest.Header;

/**
 * Builds a request for an operation of the contract: valid, or with one part mutated (path, query, headers or
 * body). Writes go only to records the fuzzer created or to ids nobody has.
 */
final class Requests {

    enum Part { NONE, PATH, QUERY, HEADERS, BODY }

    private static final List<String> ODD_ACCEPT = List.of("", " ", ",", "text/html", "image/png", "garbage",
            "application/json;q=x", "*/*;q=0", "application/json;q=0, */*;q=0", "text/csv", "application/*",
            "*/json", "application/json; charset=latin1", "application/problem+json", "text/event-stream",
            "application/json, " + "x/y;".repeat(200));
    private static final List<String> ODD_CONTENT_TYPE = List.of("", "text/plain", "garbage", "application/xml",
            "application/json; charset=ISO-8859-1", "application/json; charset=nonsense", "application/json, text/plain",
            "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/merge-patch+json",
            "application/json", "application/x-ndjson", "*/*", "application/json;");
    private static final List<String> ODD_IF_MATCH = List.of("*", "\"0\"", "garbage", "\"\"", "W/\"1\"",
            "\"a\", \"b\"", "\"1\", *", "", "\"" + "9".repeat(400) + "\"", "\"-1\"", "\"ж\"");
    private static final List<String> ODD_HOST = List.of("evil.example", "evil.example:80", "[::1]",
            "localhost:99999", "", "a b", "evil.example/../x", "localhost@evil.example", "ex_ample", "."
            + "x".repeat(300), "xn--e1afmkfd.example", "localhost:0", "http://evil.example/");
    private static final List<Header> ODD_EXTRA = List.of(new Header("X-Forwarded-Host", "evil.example"),
            new Header("Forwarded", "host=evil.example;proto=https"), new Header("X-Forwarded-Proto", "gopher"),
            new Header("Origin", "http://evil.example"), new Header("Accept-Encoding", "gzip;q=x, br"),
            new Header("Accept-Charset", "latin1"), new Header("Range", "bytes=0-1"),
            new Header("Content-Encoding", "gzip"), new Header("Accept-Language", "*;q=nope"),
            new Header("Cookie", "a=" + "b".repeat(2000)), new Header("If-Modified-Since", "yesterday"),
            new Header("X-HTTP-Method-Override", "DELETE"), new Header("Last-Event-ID", "-1"));
    private static final List<byte[]> ODD_BODIES = List.of(bytes(""), bytes("null"), bytes("[]"), bytes("{"),
            bytes("{}}"), bytes("{} x"), bytes("\"text\""), bytes("42"), bytes("\ufeff{}"),
            new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xc3, 0x28, '"', '}'},
            new byte[] {'{', '"', (byte) 0xc0, (byte) 0xaf, '"', ':', '1', '}'}, bytes("{\"a\":1,\"a\":2}"),
            bytes("{/*c*/}"), bytes("{'a':1}"), bytes("[".repeat(5000)), bytes("{\"a\":".repeat(100) + "1"
                    + "}".repeat(100)), bytes("{\"x\":1e999}"), bytes("\u0000"), bytes("{\"id\":\"\\ud800\"}"));

    private final Random random;
    private final Values values;
    private final Map<String, List<String>> own;
    private final Tokens tokens;

    record Tokens(String admin, String editor) {
    }

    Requests(Random random, Values values, Map<String, List<String>> own, Tokens tokens) {
        this.random = random;
        this.values = values;
        this.own = own;
        this.tokens = tokens;
    }

    /** The id a request to this operation names in its path: its own record's for a write. */
    String pathId(Operation op) {
        List<String> mine = own.getOrDefault(op.collection(), List.of());
        int choice = random.nextInt(10);
        if (!mine.isEmpty() && (op.writes() ? choice < 8 : choice < 4)) {
            return mine.get(random.nextInt(mine.size()));
        }
        if (!op.writes() && choice < 8) {
            for (Parameter p : op.parameters()) {
                if (p.in().equals("path") && p.example() != null) {
                    return p.example().asText();
                }
            }
        }
        return values.id();
    }

    FuzzRequest build(Operation op, String id, String etag, Part mutated) {
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        if (id == null) {
            write(target, op.path());
        } else if (mutated == Part.PATH && !op.writes()) {
            write(target, op.path().replace("{id}", oddPathSegment()));
        } else {
            write(target, op.path().replace("{id}", encode(id)));
        }
        query(op, target, mutated == Part.QUERY);
        List<Header> headers = headers(op, etag, mutated == Part.HEADERS);
        byte[] body = op.bodyType() == null ? null : body(op, mutated == Part.BODY);
        if (body != null && headers.stream().noneMatch(h -> h.name().equals("Content-Type"))
                && !(mutated == Part.HEADERS && random.nextInt(4) == 0)) {
            headers.add(new Header("Content-Type", op.bodyType()
                    + (random.nextInt(4) == 0 ? "; charset=UTF-8" : "")));
        }
        return new FuzzRequest(op.method(), target.toByteArray(), headers, body);
    }

    private void query(Operation op, ByteArrayOutputStream target, boolean mutate) {
        List<String> pairs = new ArrayList<>();
        List<Parameter> query = op.parameters().stream().filter(p -> p.in().equals("query")).toList();
        Parameter victim = mutate && !query.isEmpty() ? query.get(random.nextInt(query.size())) : null;
        for (Parameter p : query) {
            if (p != victim && !p.required() && random.nextInt(3) != 0) {
                continue;
            }
            boolean array = p.schema().path("type").asText().equals("array");
            int count = array ? 1 + random.nextInt(3) : 1;
            for (int i = 0; i < count; i++) {
                String value = values.text(array ? p.schema().path("items") : p.schema(), p != victim);
                pairs.add(encode(p.name()) + "=" + encode(value));
            }
        }
        if (mutate && (victim == null || random.nextBoolean())) {
            pairs.add(switch (random.nextInt(7)) {
                case 0 -> "page=%zz";
                case 1 -> "size=%C3%28";
                case 2 -> "q=%";
                case 3 -> "undeclared=1";
                case 4 -> "page";
                case 5 -> "page=1&page=2";
                default -> "q=\u00e9\u0000";
            });
        }
        if (!pairs.isEmpty()) {
            write(target, "?" + String.join("&", pairs));
        }
    }

    private List<Header> headers(Operation op, String etag, boolean mutate) {
        List<Header> headers = new ArrayList<>();
        authorization(op, headers, mutate && random.nextInt(4) == 0);
        int odd = mutate ? random.nextInt(6) : -1;
        if (odd == 0) {
            headers.add(new Header("Accept", pick(ODD_ACCEPT)));
        } else if (random.nextBoolean()) {
            List<String> declared = new ArrayList<>(List.of("*/*", "application/json, application/problem+json"));
            op.contentTypes().values().forEach(declared::addAll);
            headers.add(new Header("Accept", pick(declared)));
        }
        if (odd == 1 && op.bodyType() != null) {
            headers.add(new Header("Content-Type", pick(ODD_CONTENT_TYPE)));
        }
        boolean conditional = List.of("PUT", "PATCH", "DELETE").contains(op.method());
        if (conditional && odd == 2) {
            headers.add(new Header("If-Match", pick(ODD_IF_MATCH)));
        } else if (conditional && etag != null && random.nextInt(10) != 0) {
            headers.add(new Header("If-Match", etag));
        } else if (!op.writes() && (odd == 2 || random.nextInt(8) == 0)) {
            headers.add(new Header("If-None-Match", pick(ODD_IF_MATCH)));
        }
        if (odd == 3) {
            headers.add(new Header("Host", pick(ODD_HOST)));
        }
        if (odd == 4) {
            headers.add(pick(ODD_EXTRA));
        }
        return headers;
    }

    private void authorization(Operation op, List<Header> headers, boolean mutate) {
        if (mutate) {
            String odd = pick(List.of("Bearer", "Bearer x.y.z", "Basic YTpi", "Bearer " + "a".repeat(5000),
                    "bearer " + tokens.editor(), "Bearer " + tokens.admin() + "x", "Bearer  " + tokens.admin()));
            headers.add(new Header("Authorization", odd, odd.replace(tokens.editor(), "<editor token>")
                    .replace(tokens.admin(), "<admin token>")));
        } else if (!op.roles().isEmpty()) {
            boolean admin = !op.roles().contains("editor") || random.nextBoolean();
            headers.add(new Header("Authorization", "Bearer " + (admin ? tokens.admin() : tokens.editor()),
                    admin ? "Bearer <admin token>" : "Bearer <editor token>"));
        }
    }

    private byte[] body(Operation op, boolean mutate) {
        if (op.bodyType().equals("application/x-ndjson")) {
            return ndjson(op, mutate);
        }
        JsonNode body = values.valid(op.bodySchema());
        if (body instanceof ObjectNode object && op.id().startsWith("create") && object.has("id")) {
            object.put("id", values.id());
        }
        if (!mutate) {
            return bytes(body.toString());
        }
        return switch (random.nextInt(6)) {
            case 0, 1 -> bytes(Mutations.field(body, op.bodySchema(), values, random).toString());
            case 2 -> bytes(Mutations.dropRequired(body, op.bodySchema(), random).toString());
            case 3 -> bytes(((body instanceof ObjectNode o) ? o.deepCopy().put("undeclared", 1) : body).toString());
            case 4 -> pick(ODD_BODIES);
            default -> bytes(Mutations.huge(body, random).toString());
        };
    }

    /** Import lines modelled on the contract's example, each naming a fresh id. */
    private byte[] ndjson(Operation op, boolean mutate) {
        StringBuilder lines = new StringBuilder();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            ObjectNode record = op.bodyExample().deepCopy();
            record.put("id", values.id());
            record.put("name", values.words(3));
            lines.append(mutate && i == count - 1 ? pick(List.of("{", "", "[]", "{\"type\":\"unknown\"}",
                    "{\"type\":\"topic\"}", "{\"type\":\"topic\",\"id\":1}", "\u0000")) : record.toString());
            lines.append('\n');
        }
        return bytes(lines.toString());
    }

    private String oddPathSegment() {
        return pick(List.of("%zz", "%C3%28", "%", "%00", "%2F", "%2e%2e", "..", ";x=1", "a%20b", "\u00e9", "%E2%80%AE",
                encode(values.huge()), encode(values.odd()), "", "%252F", "x?", "{id}"));
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
