package org.parley.embed;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.parley.api.PublicUrl;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.parley.api.Ids;
import org.parley.api.PageShell;
import org.parley.error.DomainException;

/**
 * The widget's pages: one HTML shell that loads {@code /embed/assets/widget.js}, which fetches the public API and
 * builds the page. No data is written into the HTML; the shell only names the view and its oEmbed link.
 */
@Path("/embed")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class EmbedResource {

    private static final String SHELL = PageShell.read("embed/page.html");
    private static final String ASSETS_VERSION = PageShell.assetsVersion("META-INF/resources/embed/assets/widget.js",
            "META-INF/resources/embed/assets/widget.css");

    private final PublicUrl publicUrl;
    private final String contentSecurityPolicy;

    public EmbedResource(EmbedConfig config, PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
        this.contentSecurityPolicy = FrameAncestors.policy(config.frameAncestors());
    }

    @GET
    @Path("matrix")
    @Operation(hidden = true)
    public RestResponse<String> matrix(@RestQuery List<String> party, @RestQuery List<String> topic, UriInfo uri) {
        return page(EmbedView.of(EmbedView.Kind.MATRIX, party, topic), uri);
    }

    @GET
    @Path("positions")
    @Operation(hidden = true)
    public RestResponse<String> positions(@RestQuery List<String> party, @RestQuery List<String> topic,
            UriInfo uri) {
        return page(EmbedView.of(EmbedView.Kind.POSITIONS, party, topic), uri);
    }

    @GET
    @Path("negotiation/{id}")
    @Operation(hidden = true)
    public RestResponse<String> negotiation(@RestPath String id) {
        if (!Ids.valid(id)) {
            throw DomainException.notFound("negotiation", id);
        }
        String html = SHELL.replace("{{assets}}", "../assets/").replace("{{root}}", "../../")
                .replace("{{negotiation}}", Html.escape(id))
                .replace("{{version}}", ASSETS_VERSION)
                .replace("{{view}}", "negotiation")
                .replace("{{title}}", Html.escape("Parley: where negotiation " + id + " stands"))
                .replaceAll("<link rel=\"alternate\"[^>]*>\n", ""); // oEmbed does not know this page yet
        return respond(html);
    }

    private RestResponse<String> page(EmbedView view, UriInfo uri) {
        String oembed = publicUrl.base(uri) + "/oembed?format=json&url="
                + URLEncoder.encode(view.url(publicUrl.baseUri(uri)), StandardCharsets.UTF_8);
        String html = SHELL.replace("{{assets}}", "assets/").replace("{{root}}", "../")
                .replace("{{negotiation}}", "")
                .replace("{{version}}", ASSETS_VERSION)
                .replace("{{view}}", view.kind().path)
                .replace("{{title}}", Html.escape(view.title()))
                .replace("{{oembed}}", Html.escape(oembed));
        return respond(html);
    }

    private RestResponse<String> respond(String html) {
        return PageShell.ok(html, contentSecurityPolicy).header("X-Content-Type-Options", "nosniff").build();
    }
}
