package org.parley.api;

import static org.eclipse.microprofile.openapi.OASFactory.createAPIResponse;
import static org.eclipse.microprofile.openapi.OASFactory.createHeader;
import static org.eclipse.microprofile.openapi.OASFactory.createSchema;

import java.util.List;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The {@code ETag} and {@code Location} headers in {@code components.headers}, and the 304 response a conditional
 * read gets: what a client needs to send {@code If-Match} and {@code If-None-Match} back.
 */
final class VersionHeaders {

    static final String ETAG = "ETag";
    static final String LOCATION = "Location";
    static final String NOT_MODIFIED = "NotModified";

    private VersionHeaders() {
    }

    static void addTo(Components components) {
        components.addHeader(ETAG, createHeader()
                .description("The representation's strong validator: send it back in If-Match to change the "
                        + "resource, or in If-None-Match to read it only if it changed.")
                .schema(createSchema().type(List.of(SchemaType.STRING)))
                .example("\"7-3f2a9c1b5d0e4a68\""));
        components.addHeader(LOCATION, createHeader()
                .description("The new resource's URL.")
                .schema(createSchema().type(List.of(SchemaType.STRING)).format("uri"))
                .example("http://localhost:8080/api/parties/atlantis"));
        components.addResponse(NOT_MODIFIED, etagged(createAPIResponse()
                .description("If-None-Match names the current ETag: the copy the client holds is current.")));
    }

    static APIResponse etagged(APIResponse response) {
        return response.addHeader(ETAG, createHeader().ref("#/components/headers/" + ETAG));
    }

    static void located(APIResponse response) {
        response.addHeader(LOCATION, createHeader().ref("#/components/headers/" + LOCATION));
    }

    static APIResponse notModified() {
        return createAPIResponse().ref("#/components/responses/" + NOT_MODIFIED);
    }
}
