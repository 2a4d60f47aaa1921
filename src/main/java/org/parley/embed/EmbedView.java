package org.parley.embed;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.api.Ids;

/**
 * One of the widget's pages and the filters in its URL. Only well-formed party and topic ids survive, so a URL built
 * from a view holds nothing a client sent but ids.
 */
record EmbedView(Kind kind, List<String> parties, List<String> topics) {

    enum Kind {
        MATRIX("matrix", "positions by party and topic"),
        POSITIONS("positions", "positions over time");

        final String path;
        final String title;

        Kind(String path, String title) {
            this.path = path;
            this.title = title;
        }
    }

    static EmbedView of(Kind kind, List<String> parties, List<String> topics) {
        return new EmbedView(kind, ids(parties), ids(topics));
    }

    /** The view a URL of the service's shows, or none when the URL is not one of the widget's pages. */
    static Optional<EmbedView> parse(URI url, URI base) {
        if (url.getScheme() == null || url.getRawPath() == null || !sameOrigin(url, base)) {
            return Optional.empty();
        }
        String basePath = base.getRawPath() == null ? "" : base.getRawPath().replaceAll("/$", "");
        for (Kind kind : Kind.values()) {
            if (url.getRawPath().equals(basePath + "/embed/" + kind.path)) {
                Map<String, List<String>> query = query(url.getRawQuery());
                return Optional.of(of(kind, query.getOrDefault("party", List.of()),
                        query.getOrDefault("topic", List.of())));
            }
        }
        return Optional.empty();
    }

    String title() {
        return "Parley: " + kind.title;
    }

    /** This view's absolute URL under the service's base URL. */
    String url(URI base) {
        List<String> query = new ArrayList<>();
        parties.forEach(p -> query.add("party=" + encode(p)));
        topics.forEach(t -> query.add("topic=" + encode(t)));
        return base.toString().replaceAll("/$", "") + "/embed/" + kind.path
                + (query.isEmpty() ? "" : "?" + String.join("&", query));
    }

    private static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> values = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return values;
    }

    private static List<String> ids(List<String> values) {
        return values == null ? List.of() : values.stream().filter(Ids::valid).distinct().toList();
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost() != null
                && a.getHost().equalsIgnoreCase(b.getHost()) && port(a) == port(b);
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
