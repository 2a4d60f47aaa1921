package org.parley.suggest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.parley.api.Ids;
import org.parley.error.DomainException;

/**
 * The editor's review page for one document's suggestions: an HTML shell that loads {@code /review/assets/review.js},
 * which reads the public API and posts accept / reject with the token the editor pasted. The shell holds no data,
 * not even the document id (the script reads it from its own URL), so nothing in it needs escaping.
 */
@Path("/review")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class ReviewPageResource {

    /** The widget's policy, and no framing at all: a page that writes with an editor's token is never embedded. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static final String ASSETS = "META-INF/resources/review/assets/";
    /** Static files may be cached: a new version of the assets gets a new URL. */
    private static final String SHELL = read("suggest/review.html").replace("{{version}}",
            version(read(ASSETS + "review.js") + read(ASSETS + "review.css")));

    @GET
    @Path("{documentId}")
    @Operation(hidden = true)
    public RestResponse<String> reviewPage(@RestPath String documentId) {
        if (!Ids.valid(documentId)) {
            throw DomainException.notFound("document", documentId);
        }
        return RestResponse.ResponseBuilder.ok(SHELL)
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-cache")
                .build();
    }

    private static String version(String content) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = ReviewPageResource.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
