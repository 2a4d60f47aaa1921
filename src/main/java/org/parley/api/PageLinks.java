package org.parley.api;

import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;

/** Returns a page with an RFC 8288 {@code Link} header (first, prev, next, last) and {@code X-Total-Count}. */
public final class PageLinks {

    private PageLinks() {
    }

    public static <T> RestResponse<Page<T>> ok(Page<T> page, UriInfo uri) {
        return ok(page, page, uri);
    }

    /** Returns {@code body}, which holds {@code page} in a shape of its own, with the page's headers. */
    public static <B> RestResponse<B> ok(B body, Page<?> page, UriInfo uri) {
        List<String> links = new ArrayList<>();
        links.add(link(uri, 1, "first"));
        if (page.page() > 1) {
            links.add(link(uri, Math.min(page.page() - 1, page.totalPages()), "prev"));
        }
        if (page.page() < page.totalPages()) {
            links.add(link(uri, page.page() + 1, "next"));
        }
        links.add(link(uri, page.totalPages(), "last"));
        return RestResponse.ResponseBuilder.ok(body)
                .header("Link", String.join(", ", links))
                .header("X-Total-Count", page.totalItems())
                .build();
    }

    private static String link(UriInfo uri, int page, String rel) {
        URI target = uri.getRequestUriBuilder().replaceQueryParam("page", page).build();
        return "<" + target.getRawPath() + "?" + target.getRawQuery() + ">; rel=\"" + rel + "\"";
    }
}
