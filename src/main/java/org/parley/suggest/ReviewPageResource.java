package org.parley.suggest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.parley.api.Ids;
import org.parley.api.PageShell;
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
    static final String CONTENT_SECURITY_POLICY = PageShell.contentSecurityPolicy("'none'");

    private static final String ASSETS = "META-INF/resources/review/assets/";
    private static final String SHELL = PageShell.read("suggest/review.html").replace("{{version}}",
            PageShell.assetsVersion(ASSETS + "review.js", ASSETS + "review.css"));

    @GET
    @Path("{documentId}")
    @Operation(hidden = true)
    public RestResponse<String> reviewPage(@RestPath String documentId) {
        if (!Ids.valid(documentId)) {
            throw DomainException.notFound("document", documentId);
        }
        return PageShell.ok(SHELL, CONTENT_SECURITY_POLICY)
                .header("X-Frame-Options", "DENY")
                .header("Cache-Control", "no-cache")
                .build();
    }
}
