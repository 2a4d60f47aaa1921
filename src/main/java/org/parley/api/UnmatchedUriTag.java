package org.parley.api;

import io.micrometer.core.instrument.Tags;
import io.quarkus.micrometer.runtime.HttpServerMetricsTagsContributor;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Singleton;

/**
 * Keeps the request metrics' {@code uri} tag to the routes' templates. Quarkus tags a request that no resource
 * matched with its raw path unless it returned 404 or a redirect (and even then when the path was normalised, as
 * {@code //api//x} is), so a CORS preflight, a refused write or a 4xx to any odd path would add a tag of its own,
 * until max-uri-tags stops recording new ones, real routes included. Those are tagged NOT_FOUND, REDIRECTION or
 * UNMATCHED instead, CORS preflights /cors-preflight; GET and HEAD returning 2xx without a resource are the static
 * files, a fixed set.
 */
@Singleton
public class UnmatchedUriTag implements HttpServerMetricsTagsContributor {

    /** Where Quarkus REST leaves the matched resource method's path template. */
    private static final String TEMPLATE = "UrlPathTemplate";
    private static final Tags UNMATCHED = Tags.of("uri", "UNMATCHED");
    private static final Tags PREFLIGHT = Tags.of("uri", "/cors-preflight");
    private static final Tags NOT_FOUND = Tags.of("uri", "NOT_FOUND");
    private static final Tags REDIRECTION = Tags.of("uri", "REDIRECTION");

    @Override
    public Tags contribute(Context context) {
        if (context.requestContextLocalData(TEMPLATE) != null) {
            return Tags.empty();
        }
        HttpServerRequest request = context.request();
        HttpMethod method = request.method();
        if (method == HttpMethod.OPTIONS && request.getHeader(HttpHeaders.ORIGIN) != null
                && request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null) {
            return PREFLIGHT;
        }
        int status = context.response().statusCode();
        if (status / 100 == 2 && (method == HttpMethod.GET || method == HttpMethod.HEAD)) {
            return Tags.empty();
        }
        return status == 404 ? NOT_FOUND : status / 100 == 3 ? REDIRECTION : UNMATCHED;
    }
}
