package org.parley.api;

import static org.eclipse.microprofile.openapi.OASFactory.createHeader;
import static org.eclipse.microprofile.openapi.OASFactory.createSchema;

import java.util.List;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/** The headers {@link PageLinks} sets on every page of a list, in {@code components.headers}. */
final class PagingHeaders {

    static final String LINK = "Link";
    static final String TOTAL_COUNT = "X-Total-Count";

    private PagingHeaders() {
    }

    static void addTo(Components components) {
        components.addHeader(LINK, createHeader()
                .description("RFC 8288 links to the first, previous, next and last pages, with the request's own "
                        + "filters; prev and next only where there is such a page.")
                .schema(createSchema().type(List.of(SchemaType.STRING)))
                .example("</api/positions?size=50&page=1>; rel=\"first\", </api/positions?size=50&page=2>; "
                        + "rel=\"next\", </api/positions?size=50&page=2>; rel=\"last\""));
        components.addHeader(TOTAL_COUNT, createHeader()
                .description("How many items match, over all pages: the body's totalItems. For positions these are "
                        + "positions, while their CSV has a row per citation, so it has at least as many rows.")
                .schema(createSchema().type(List.of(SchemaType.INTEGER)).format("int64"))
                .example(75));
    }

    static void addTo(APIResponse response) {
        response.addHeader(LINK, createHeader().ref("#/components/headers/" + LINK));
        response.addHeader(TOTAL_COUNT, createHeader().ref("#/components/headers/" + TOTAL_COUNT));
    }
}
