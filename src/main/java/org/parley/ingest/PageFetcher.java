package org.parley.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscribers;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import org.parley.api.BodyLimits;
import org.parley.error.DomainException;
import org.parley.error.FieldError;

/**
 * Fetches a web page for ingestion, refusing server-side request forgery: every hop's host is resolved once, each
 * of its addresses checked, and the connection made to the checked address (never a second lookup), with the
 * original host in the Host header and, over TLS, in SNI and the certificate check.
 */
@ApplicationScoped
public class PageFetcher {

    static {
        // The JDK client refuses to send a Host header unless told; ours names the host while we dial its address.
        System.setProperty("jdk.httpclient.allowRestrictedHeaders", "host");
    }

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final List<String> READABLE = List.of("text/html", "application/xhtml+xml", "text/plain");

    private final IngestConfig config;

    public PageFetcher(IngestConfig config) {
        this.config = config;
    }

    /** A page as fetched: where it ended up after redirects, its media type and charset, and its bytes. */
    public record Page(URI url, String mediaType, String charset, byte[] body) {
    }

    public Page fetch(String url) {
        URI uri = parse(url);
        for (int hop = 0; hop <= config.maxRedirects(); hop++) {
            InetAddress address = resolve(uri);
            Answer answer = request(uri, address);
            if (answer.redirect() == null) {
                return answer.page();
            }
            uri = parse(uri.resolve(answer.redirect()).toString());
        }
        throw unreachable("More than " + config.maxRedirects() + " redirects from " + url + ".");
    }

    private record Answer(String redirect, Page page) {
    }

    private Answer request(URI uri, InetAddress address) {
        boolean tls = uri.getScheme().equals("https");
        int port = uri.getPort() != -1 ? uri.getPort() : tls ? 443 : 80;
        String literal = address instanceof Inet6Address ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
        URI pinned = URI.create(uri.getScheme() + "://" + literal + ":" + port
                + (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        String hostHeader = uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        HttpRequest request = HttpRequest.newBuilder(pinned).GET().timeout(config.readTimeout())
                .header("Host", hostHeader)
                .header("User-Agent", config.userAgent())
                .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9")
                .header("Accept-Encoding", "identity")
                .build();
        long limit = config.maxBytes().asLongValue();
        String[] redirect = new String[1];
        String[] type = new String[2];
        HttpResponse.BodyHandler<byte[]> handler = info -> {
            int status = info.statusCode();
            if (REDIRECTS.contains(status)) {
                redirect[0] = info.headers().firstValue("Location").orElseThrow(() -> unreachable(
                        "The page at " + uri + " redirects (" + status + ") without a Location."));
                return BodySubscribers.replacing(null);
            }
            if (status < 200 || status >= 300) {
                throw unreachable("The page at " + uri + " answered " + status + ".");
            }
            String contentType = info.headers().firstValue("Content-Type").orElse("text/html");
            type[0] = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
            type[1] = charset(contentType);
            if (!READABLE.contains(type[0])) {
                throw DomainException.of(DomainException.Kind.UNSUPPORTED_MEDIA, "The page at "
                        + uri + " is " + type[0] + "; Parley reads HTML and plain text.");
            }
            long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > limit) {
                throw new BoundedBody.TooLarge(limit);
            }
            return new BoundedBody(limit);
        };
        CompletableFuture<HttpResponse<byte[]>> sent = client(uri, tls).sendAsync(request, handler);
        try {
            HttpResponse<byte[]> response = sent.get(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
            if (redirect[0] != null) {
                return new Answer(redirect[0], null);
            }
            return new Answer(null, new Page(uri, type[0], type[1], response.body()));
        } catch (TimeoutException e) {
            sent.cancel(true);
            throw unreachable("The page at " + uri + " took longer than " + config.readTimeout() + ".");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreachable("Interrupted while fetching " + uri + ".");
        } catch (ExecutionException e) {
            throw failure(uri, e.getCause());
        }
    }

    private HttpClient client(URI uri, boolean tls) {
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(config.connectTimeout())
                .proxy(HttpClient.Builder.NO_PROXY);
        if (tls) {
            SSLParameters parameters = new SSLParameters();
            if (!uri.getHost().startsWith("[") && !Character.isDigit(uri.getHost().charAt(uri.getHost().length() - 1))) {
                parameters.setServerNames(List.of(new SNIHostName(uri.getHost())));
            }
            builder.sslContext(HostnameTrust.context(uri.getHost().replaceAll("[\\[\\]]", "")))
                    .sslParameters(parameters);
        }
        return builder.build();
    }

    private static RuntimeException failure(URI uri, Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && !(root instanceof DomainException) && !(root instanceof BoundedBody.TooLarge)) {
            root = root.getCause();
        }
        if (root instanceof DomainException problem) {
            return problem;
        }
        if (root instanceof BoundedBody.TooLarge tooLarge) {
            return BodyLimits.tooLarge(tooLarge.getMessage() + " (parley.ingest.max-bytes)");
        }
        return unreachable("Could not fetch " + uri + ": " + (root instanceof IOException && root.getMessage() != null
                ? root.getMessage() : root.getClass().getSimpleName()) + ".");
    }

    /** The host's addresses, every one of them public (unless private ones are allowed); returns the first. */
    private InetAddress resolve(URI uri) {
        String host = uri.getHost();
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw unreachable("The host " + host + " is unknown.");
        }
        if (!config.allowPrivateAddresses()) {
            for (InetAddress address : addresses) {
                String refusal = PublicAddresses.refusal(address);
                if (refusal != null) {
                    throw refused(uri + " resolves to " + address.getHostAddress() + ", a " + refusal
                            + " address; Parley fetches public addresses only.");
                }
            }
        }
        return addresses[0];
    }

    private static URI parse(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw refused("Not a URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw refused("Only http and https URLs are fetched, not '" + scheme + "'.");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw refused("The URL " + url + " names no host.");
        }
        if (uri.getRawUserInfo() != null) {
            throw refused("URLs with a user name or password are not fetched.");
        }
        return uri.getScheme().equals(scheme) ? uri : URI.create(scheme + uri.toString().substring(scheme.length()));
    }

    private static DomainException refused(String detail) {
        return DomainException.invalidContent(detail, List.of(new FieldError("url", detail)));
    }

    static DomainException unreachable(String detail) {
        return DomainException.of(DomainException.Kind.UPSTREAM_FAILED, detail);
    }

    private static String charset(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                return p.substring(8).replace("\"", "").trim();
            }
        }
        return null;
    }
}
