package org.parley.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.parley.position.PositionInput;
import org.parley.position.PositionInput.CitationInput;
import org.parley.position.PositionKind;
import org.parley.race.Http;

/**
 * The records a property test of maintained aggregates writes (its own parties, topics, documents, a negotiation
 * and a pool of position ids), the random write sequences it draws, and what it checks after each step: the
 * matrix table against the window-function query it replaced, and every read the cache may keep against a fresh
 * render (the negotiation's topic states are compared by {@code NegotiationStateRows}). One service or several
 * replicas on one database ({@link #through}).
 */
final class WriteWorld {

    static final int POOL = 8;
    static final int PARTIES = 3;
    static final int TOPICS = 3;
    static final int DOCUMENTS = 2;
    static final String[] QUOTES = {"alpha beta", "gamma delta"};

    /** The query the matrix ran before it was maintained: every pair's positions ranked, the latest kept. */
    private static final String RECOMPUTED = """
            select r.party_id, r.topic_id, r.pair_positions, r.id, r.kind, r.stated_on, r.summary, r.responds_to_id,
                   count(c.id) as citations, count(distinct c.document_id) as documents,
                   max(case when c.anchor_status in ('FUZZY', 'ORPHANED') then 1 else 0 end) as review
            from (select p.id, p.party_id, p.topic_id, p.kind, p.stated_on, p.summary, p.responds_to_id,
                         count(*) over (partition by p.party_id, p.topic_id) as pair_positions,
                         row_number() over (partition by p.party_id, p.topic_id
                                            order by p.stated_on desc, p.id desc) as recency
                  from party_position p) r
            left join citation c on c.position_id = r.id
            where r.recency = 1
            group by r.id, r.party_id, r.topic_id, r.kind, r.stated_on, r.summary, r.responds_to_id, r.pair_positions
            """;

    private static final String MAINTAINED = """
            select party_id, topic_id, positions, latest_id, kind, stated_on, summary, responds_to_id, citations,
                   documents, case when needs_review then 1 else 0 end
            from position_pair
            """;

    enum Kind {
        CREATE, PATCH, DELETE, IMPORT, REVISE, DELETE_PARTY, RENAME_PARTY, RECITE, REPOINT, RESCOPE, ROLLED_BACK
    }

    record Step(Kind kind, int a, int b, int c, int variant) {
    }

    /** Sequences of {@code steps} writes. */
    static Arbitrary<List<Step>> sequences(int steps) {
        Arbitrary<Kind> kinds = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.just(Kind.CREATE)),
                Tuple.of(5, Arbitraries.just(Kind.PATCH)),
                Tuple.of(2, Arbitraries.just(Kind.DELETE)),
                Tuple.of(2, Arbitraries.just(Kind.IMPORT)),
                Tuple.of(2, Arbitraries.just(Kind.REVISE)),
                Tuple.of(1, Arbitraries.just(Kind.DELETE_PARTY)),
                Tuple.of(1, Arbitraries.just(Kind.RENAME_PARTY)),
                Tuple.of(2, Arbitraries.just(Kind.RECITE)),
                Tuple.of(2, Arbitraries.just(Kind.REPOINT)),
                Tuple.of(2, Arbitraries.just(Kind.RESCOPE)),
                Tuple.of(2, Arbitraries.just(Kind.ROLLED_BACK)));
        Arbitrary<Integer> index = Arbitraries.integers().between(0, POOL - 1);
        return Combinators.combine(kinds, index, index, index, Arbitraries.integers().between(0, 5)).as(Step::new)
                .list().ofSize(steps);
    }

    /** The matrix table and the matrix recomputed from scratch, as sorted lines. */
    static List<String> pairsMaintained(Connection connection) throws SQLException {
        return rows(connection, MAINTAINED);
    }

    static List<String> pairsRecomputed(Connection connection) throws SQLException {
        return rows(connection, RECOMPUTED);
    }

    private static List<String> rows(Connection connection, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet r = statement.executeQuery(sql)) {
            while (r.next()) {
                rows.add(String.join(" | ", r.getString(1), r.getString(2), String.valueOf(r.getLong(3)),
                        r.getString(4), r.getString(5), String.valueOf(r.getObject(6, LocalDate.class)),
                        r.getString(7), String.valueOf(r.getString(8)), String.valueOf(r.getLong(9)),
                        String.valueOf(r.getLong(10)), String.valueOf(r.getInt(11) > 0)));
            }
        }
        rows.sort(null);
        return rows;
    }

    private final Http http;
    private final String tag;

    /** Creates the world's parties, topics, documents and negotiation through {@code http}. */
    WriteWorld(Http http, String tag) {
        this.http = http;
        this.tag = tag;
        for (int p = 0; p < PARTIES; p++) {
            createParty(p);
        }
        for (int t = 0; t < TOPICS; t++) {
            assertEquals(201, http.send("POST", "/api/topics", null, """
                    {"id": "%s", "name": "Topic %s"}""".formatted(topic(t), topic(t))).statusCode());
        }
        for (int d = 0; d < DOCUMENTS; d++) {
            assertEquals(201, http.send("POST", "/api/documents", null, document(d, 0)).statusCode());
        }
        assertEquals(201, http.send("POST", "/api/negotiations", null, negotiation(0)).statusCode());
    }

    private WriteWorld(String tag, Http http) {
        this.http = http;
        this.tag = tag;
    }

    /** The same world, written and read through another replica. */
    WriteWorld through(Http other) {
        return new WriteWorld(tag, other);
    }

    String negotiation() {
        return "mx-neg-" + tag;
    }

    /** Sides and topics that variants move: a party changes side or leaves, a topic enters or leaves scope. */
    private String negotiation(int variant) {
        String[] sides = switch (variant % 3) {
            case 0 -> new String[] {party(0), party(1) + "\", \"" + party(2)};
            case 1 -> new String[] {party(0) + "\", \"" + party(1), party(2)};
            default -> new String[] {party(2), party(0)};
        };
        String topics = switch (variant % 3) {
            case 0 -> topic(0) + "\", \"" + topic(1);
            case 1 -> topic(1) + "\", \"" + topic(2);
            default -> topic(0) + "\", \"" + topic(1) + "\", \"" + topic(2);
        };
        return """
                {"id": "%s", "name": "Negotiation %s", "sides": [{"name": "One", "parties": ["%s"]},
                 {"name": "Other", "parties": ["%s"]}], "topics": ["%s"]}""".formatted(negotiation(), tag,
                sides[0], sides[1], topics);
    }

    HttpResponse<String> run(Step step) {
        String position = "/api/positions/" + position(step.a());
        return switch (step.kind()) {
            case CREATE -> http.send("POST", "/api/positions", null, json(position(step.a()), step));
            case PATCH -> http.sendAtCurrentETag("PATCH", position, switch (step.variant()) {
                case 0 -> "{\"statedOn\": \"" + date(step.b()) + "\"}";
                case 1 -> "{\"party\": \"" + party(step.b()) + "\"}";
                case 2 -> "{\"topic\": \"" + topic(step.c()) + "\"}";
                case 3 -> "{\"kind\": \"" + kind(step.b()) + "\"}";
                case 4 -> "{\"respondsTo\": \"" + position(step.b()) + "\"}";
                default -> "{\"summary\": \"Patched " + step + ".\"}";
            });
            case DELETE -> http.sendAtCurrentETag("DELETE", position + "?cascade=true", null);
            case IMPORT -> importing(step);
            case REVISE -> http.sendAtCurrentETag("PUT", "/api/documents/" + document(step.a() % DOCUMENTS),
                    document(step.a() % DOCUMENTS, step.variant() % 4));
            case DELETE_PARTY -> {
                HttpResponse<String> deleted = http.sendAtCurrentETag("DELETE",
                        "/api/parties/" + party(step.b() % PARTIES) + "?cascade=true", null);
                if (deleted.statusCode() == 204) {
                    createParty(step.b() % PARTIES);
                }
                yield deleted;
            }
            case RENAME_PARTY -> http.sendAtCurrentETag("PATCH", "/api/parties/" + party(step.b()),
                    "{\"name\": \"Party renamed " + step + "\"}");
            case RECITE -> http.sendAtCurrentETag("PUT", position, json(position(step.a()), step)
                    .replace("}]}", "}, {\"document\": \"" + document((step.b() + 1) % DOCUMENTS)
                            + "\", \"quote\": \"" + QUOTES[(step.c() + 1) % 2] + "\"}]}"));
            case REPOINT -> repoint(step);
            case RESCOPE -> http.sendAtCurrentETag("PUT", "/api/negotiations/" + negotiation(),
                    negotiation(step.variant()));
            case ROLLED_BACK -> throw new IllegalArgumentException("run in the test's own transaction");
        };
    }

    /** Moves a position's first citation to the other quote of its document: a citation changed in place. */
    private HttpResponse<String> repoint(Step step) {
        HttpResponse<String> read = http.get("/api/positions/" + position(step.a()));
        if (read.statusCode() != 200) {
            return read;
        }
        long citation = ((Number) JsonPath.from(read.body()).get("citations[0].id")).longValue();
        return http.sendAtCurrentETag("PATCH", "/api/citations/" + citation,
                "{\"quote\": \"" + QUOTES[step.variant() % 2] + "\"}");
    }

    /**
     * Every read the cache may keep across writes, as served (from memory when it is current), equals the same
     * read rendered afresh (a parameter the API ignores makes a URL nobody read). Serving it also keeps it for the
     * next step.
     */
    void keptReadsAreFresh(String when) {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < POOL; i++) {
            paths.add("/api/positions/" + position(i));
        }
        for (int p = 0; p < PARTIES; p++) {
            paths.add("/api/positions?party=" + party(p));
            paths.add("/api/parties/" + party(p) + "/positions");
            for (int t = 0; t < TOPICS; t++) {
                paths.add("/api/positions?party=" + party(p) + "&topic=" + topic(t));
            }
        }
        for (int t = 0; t < TOPICS; t++) {
            paths.add("/api/positions?topic=" + topic(t));
            paths.add("/api/topics/" + topic(t) + "/positions?size=5");
        }
        // Searches by words and by a prefix, kept across writes to positions that hold none of them
        // (search/SearchScopes); in date order, which a fresh render gives alike. Summaries say "Said mx-<tag>-<i>."
        // until a patch replaces them.
        paths.add("/api/positions?q=" + tag);
        paths.add("/api/positions?q=" + tag + "+" + QUOTES[0].split(" ")[0]);
        paths.add("/api/positions?q=" + tag + "+-" + QUOTES[1].split(" ")[1]);
        paths.add("/api/positions?q=%22said+mx+" + tag + "%22&size=5");
        paths.add("/api/positions?q=" + tag.substring(0, 6) + "*");
        for (String path : paths) {
            HttpResponse<String> kept = http.get(path);
            HttpResponse<String> fresh = http.get(path + (path.contains("?") ? "&" : "?") + "probe="
                    + UUID.randomUUID());
            assertEquals(fresh.statusCode(), kept.statusCode(), when + ": " + path);
            if (path.contains("?")) {
                // A list's links name its own URL; what it holds must be the same.
                assertEquals(JsonPath.from(fresh.body()).getList("items"),
                        JsonPath.from(kept.body()).getList("items"), when + ": " + path);
                assertEquals(JsonPath.from(fresh.body()).getLong("totalItems"),
                        JsonPath.from(kept.body()).getLong("totalItems"), when + ": " + path);
            } else {
                assertEquals(fresh.body(), kept.body(), when + ": " + path);
            }
        }
    }

    /** One to three positions in one import; variant 5 ends it with a record that fails, so none is stored. */
    private HttpResponse<String> importing(Step step) {
        StringBuilder records = new StringBuilder();
        for (int i = 0; i <= step.variant() % 3; i++) {
            Step shifted = new Step(step.kind(), step.a(), (step.b() + i) % POOL, (step.c() + 2 * i) % POOL,
                    step.variant() + i);
            String id = position(step.a()) + "-imp-" + UUID.randomUUID().toString().substring(0, 6);
            records.append("{\"type\": \"position\", ")
                    .append(json(id, shifted).replace('\n', ' ').trim().substring(1)).append('\n');
        }
        if (step.variant() == 5) {
            records.append("{\"type\": \"position\", \"party\": \"no-such-party\"}\n");
        }
        return http.send("POST", "/api/import", null, records.toString(), "application/x-ndjson");
    }

    private void createParty(int p) {
        assertEquals(201, http.send("POST", "/api/parties", null, """
                {"id": "%s", "name": "Party %s", "kind": "STATE"}""".formatted(party(p), party(p)))
                .statusCode());
    }

    private String json(String id, Step step) {
        return """
                {"id": "%s", "party": "%s", "topic": "%s", "kind": "%s", "summary": "Said %s.",
                 "statedOn": "%s", %s"citations": [{"document": "%s", "quote": "%s"}]}
                """.formatted(id, party(step.b()), topic(step.c()), kind(step.variant()), id, date(step.c()),
                step.variant() == 4 ? "\"respondsTo\": \"" + position(step.b()) + "\", " : "",
                document(step.b() % DOCUMENTS), QUOTES[step.c() % 2]);
    }

    PositionInput input(Step step) {
        return new PositionInput(position(step.a()), party(step.b()), topic(step.c()),
                kind(step.variant()), "Rolled back.", date(step.b()), null, null,
                List.of(new CitationInput(document(step.c() % DOCUMENTS), QUOTES[step.b() % 2], null, null, null,
                        null)));
    }

    String position(int i) {
        return "mx-" + tag + "-" + i;
    }

    private String party(int i) {
        return "mx-party-" + tag + "-" + i % PARTIES;
    }

    private String topic(int i) {
        return "mx-topic-" + tag + "-" + i % TOPICS;
    }

    private String document(int d) {
        return "mx-doc-" + tag + "-" + d;
    }

    /** Few dates, so that pairs often hold positions of the same day and the id decides which is latest. */
    private static LocalDate date(int i) {
        return LocalDate.of(2022, 1, 10 + i % 3);
    }

    private static PositionKind kind(int i) {
        return PositionKind.values()[i % PositionKind.values().length];
    }

    /** Variants move the quotes (MOVED), change one (FUZZY or ORPHANED), or bring back the first text. */
    private String document(int d, int variant) {
        String text = "Document " + d + " of " + tag + " says alpha beta, then gamma delta.";
        return """
                {"id": "%s", "title": "Matrix property %s", "text": "%s"}""".formatted(document(d), tag,
                switch (variant) {
                    case 1 -> "Moved. " + text;
                    case 2 -> text.replace("alpha beta", "alpha bets");
                    case 3 -> text.replace("gamma delta", "something else entirely");
                    default -> text;
                });
    }
}
