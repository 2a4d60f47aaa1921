package org.parley.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.PackagedService;
import org.parley.fuzz.Contract.Operation;
import org.parley.fuzz.FuzzRequest.Header;
import org.parley.fuzz.Requests.Part;

/**
 * Contract fuzzing: requests generated from {@code openapi/openapi.yaml}, valid and mutated (types, bounds,
 * encodings, huge and empty values, odd headers), sent to the packaged service. Any 5xx, any status the contract does
 * not declare for the operation, any error without an {@code application/problem+json} body and any success in a
 * media type the operation does not declare fails the build, each with a line that reproduces it.
 * <p>
 * Seeded and bounded: {@code -Dparley.fuzz.seed} (fixed by default), {@code -Dparley.fuzz.seconds},
 * {@code -Dparley.fuzz.requests}. A seed and the number of a request replay the same requests on a fresh service.
 */
class ContractFuzzIT {

    private static final long DEFAULT_SEED = 20261201L;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Writes touch only records with this prefix: the fuzzer's own, or ids nobody has. */
    private static final String OWN = "fz-";

    private final Map<String, Finding> findings = new LinkedHashMap<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final Map<String, List<String>> own = new HashMap<>();
    private long seed;
    private int sent;
    private int refusedByCodec;

    private record Finding(String line, int[] count) {
    }

    @Test
    void everyAnswerKeepsTheContract(@TempDir Path folder) throws Exception {
        seed = Long.getLong("parley.fuzz.seed", DEFAULT_SEED);
        Duration budget = Duration.ofSeconds(Long.getLong("parley.fuzz.seconds", 120));
        int maxRequests = Integer.getInteger("parley.fuzz.requests", 20_000);
        Contract contract = new Contract(Path.of(System.getProperty("parley.openapi.dir", "openapi"), "openapi.yaml"));
        PackagedService service = new PackagedService(folder, "fuzz", Map.of()).fresh().start().awaitReady();
        try {
            URI base = service.uri("/");
            RawHttp http = new RawHttp(base.getHost(), base.getPort(), 30_000);
            Random random = new Random(seed);
            Values values = new Values(random, contract, OWN);
            Requests requests = new Requests(random, values, own,
                    new Requests.Tokens(service.adminToken(), editorToken(http, service.adminToken())));
            List<Operation> operations = contract.operations();
            Instant start = Instant.now();
            Instant deadline = start.plus(budget);
            while (sent < maxRequests && Instant.now().isBefore(deadline)) {
                Operation op = operations.get(random.nextInt(operations.size()));
                Part part = random.nextInt(10) < 4 ? Part.NONE : Part.values()[1 + random.nextInt(4)];
                String id = op.hasPathId() ? requests.pathId(op) : null;
                boolean conditional = List.of("PUT", "PATCH", "DELETE").contains(op.method());
                String etag = conditional && id.startsWith(OWN) ? currentEtag(http, requests, contract, op, id) : null;
                exchange(http, op, requests.build(op, id, etag, part));
            }
            System.out.printf("Contract fuzz: seed %d, %d requests in %d s over %d operations; statuses %s; "
                    + "%d refused by the HTTP codec before routing; %d finding(s)%n", seed, sent,
                    Duration.between(start, Instant.now()).toSeconds(), operations.size(), statuses, refusedByCodec,
                    findings.size());
        } finally {
            service.process().destroy();
            service.process().waitFor();
        }
        List<String> report = new ArrayList<>();
        findings.forEach((key, f) -> report.add(f.line() + (f.count()[0] > 1 ? " (" + f.count()[0] + " times)" : "")));
        assertTrue(findings.isEmpty(), "The service broke its contract (replay with -Dparley.fuzz.seed=" + seed
                + " -Dparley.fuzz.requests=<request number>):\n" + String.join("\n", report));
    }

    /** Reads the record first, as a client would before a conditional write; the read is checked too. */
    private String currentEtag(RawHttp http, Requests requests, Contract contract, Operation op, String id) {
        String item = op.collection() + "/{id}";
        for (Operation read : contract.operations()) {
            if (read.method().equals("GET") && read.path().equals(item)) {
                RawHttp.Response response = exchange(http, read, requests.build(read, id, null, Part.NONE));
                return response == null ? null : response.header("ETag");
            }
        }
        return null;
    }

    private RawHttp.Response exchange(RawHttp http, Operation op, FuzzRequest request) {
        int number = ++sent;
        RawHttp.Response response;
        try {
            response = http.send(request);
        } catch (IOException | RuntimeException e) {
            find(op, "no answer", number, request, e.toString());
            return null;
        }
        statuses.merge(response.status(), 1, Integer::sum);
        String baseType = baseType(response.header("Content-Type"));
        if (refusedByCodec(response)) {
            refusedByCodec++;
        } else if (response.status() == 500) {
            // 500 is never an answer; the other 5xx an operation declares are (501 for an oEmbed format, 502 for an
            // unreachable article, 503 for a search that ran out of time), and an undeclared one fails below.
            find(op, "status " + response.status(), number, request, answer(response));
        } else if (!op.statuses().contains(response.status())) {
            find(op, "undeclared status " + response.status(), number, request, answer(response));
        } else if (response.status() >= 400 && !isProblem(response, baseType)) {
            find(op, "not a problem", number, request, answer(response));
        } else if (op.contentTypes().containsKey(response.status()) && response.body().length > 0
                && op.contentTypes().get(response.status()).stream().map(ContractFuzzIT::baseType)
                        .noneMatch(baseType::equals)
                && !csvOfJson(op, response.status(), baseType, request)) {
            find(op, "undeclared type " + baseType, number, request, answer(response));
        }
        remember(op, request, response);
        return response;
    }

    /**
     * The JSON lists' CSV, asked for with {@code Accept: text/csv} or {@code ?format=csv}: served, and left out of the
     * contract on purpose (README, "Generate a client": a generated client would parse it as JSON).
     */
    private static boolean csvOfJson(Operation op, int status, String baseType, FuzzRequest request) {
        if (!baseType.equals("text/csv") || !op.contentTypes().get(status).contains("application/json")) {
            return false;
        }
        String target = new String(request.target(), java.nio.charset.StandardCharsets.ISO_8859_1);
        return target.contains("format=csv") || request.headers().stream()
                .anyMatch(h -> h.name().equalsIgnoreCase("Accept") && h.value().contains("text/"));
    }

    /**
     * Vert.x' HTTP codec answers a request line it cannot parse (a malformed percent-escape, a character a URI may not
     * hold, a line over 4 KB) with a bare 400, 414 or 431 before any of the service's code runs; such a request never
     * reaches an operation of the contract. Counted, not failed.
     */
    private static boolean refusedByCodec(RawHttp.Response response) {
        return List.of(400, 414, 431).contains(response.status()) && response.header("Content-Type") == null
                && response.body().length == 0;
    }

    private static String baseType(String type) {
        return type == null ? "" : type.split(";")[0].trim().toLowerCase(Locale.ROOT);
    }

    private static boolean isProblem(RawHttp.Response response, String type) {
        if (!type.equals("application/problem+json")) {
            return false;
        }
        try {
            JsonNode problem = JSON.readTree(response.body());
            return problem.path("status").asInt() == response.status() && problem.path("title").isTextual();
        } catch (IOException e) {
            return false;
        }
    }

    /** Keeps the ids of the records the fuzzer created, so that its writes go to them and to nothing else. */
    private void remember(Operation op, FuzzRequest request, RawHttp.Response response) {
        String location = response.header("Location");
        if (response.status() == 201 && location != null) {
            String id = location.substring(location.lastIndexOf('/') + 1);
            if (id.startsWith(OWN)) {
                own.computeIfAbsent(op.collection(), c -> new ArrayList<>()).add(id);
            }
            if (op.collection().equals("/api/positions")) {
                try {
                    JSON.readTree(response.body()).path("citations").forEach(c -> own
                            .computeIfAbsent("/api/citations", k -> new ArrayList<>()).add(c.path("id").asText()));
                } catch (IOException ignored) {
                    // a body that is not JSON is reported by the checks above
                }
            }
        }
        if (response.status() == 204 && request.method().equals("DELETE")) {
            String target = new String(request.target(), StandardCharsets.UTF_8).split("\\?")[0];
            own.getOrDefault(op.collection(), new ArrayList<>())
                    .remove(target.substring(target.lastIndexOf('/') + 1));
        }
    }

    private void find(Operation op, String what, int number, FuzzRequest request, String answer) {
        String key = op.id() + " " + what;
        Finding finding = findings.computeIfAbsent(key, k -> new Finding("seed=" + seed + " request=#" + number
                + " " + op.id() + ": " + what + " -- " + request.describe() + " -> " + answer, new int[1]));
        finding.count()[0]++;
    }

    private static String answer(RawHttp.Response response) {
        String body = response.text();
        return response.status() + " " + response.header("Content-Type") + " "
                + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
    }

    private static String editorToken(RawHttp http, String admin) throws IOException {
        FuzzRequest issue = new FuzzRequest("POST", Requests.bytes("/api/tokens"), List.of(
                new Header("Authorization", "Bearer " + admin), new Header("Content-Type", "application/json")),
                Requests.bytes("{\"subject\":\"fuzz-editor\",\"roles\":[\"editor\"]}"));
        RawHttp.Response issued = http.send(issue);
        if (issued.status() != 201) {
            throw new IllegalStateException("No editor token: " + answer(issued));
        }
        return JSON.readTree(issued.body()).path("token").asText();
    }
}
