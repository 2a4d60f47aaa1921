package org.parley.embed;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.parley.api.PublicUrl;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.parley.api.Ids;
import org.parley.error.DomainException;

/**
 * The widget's pages: one HTML shell that loads {@code /embed/assets/widget.js}, which fetches the public API and
 * builds the page. No data is written into the HTML; the shell only names the view and its oEmbed link.
 */
@Path("/embed")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class EmbedResource {

    private static final String SHELL = read("embed/page.html");
    /** Static files are served as immutable for a day: a new version of the assets must have a new URL. */
    private static final String ASSETS_VERSION = version(read("META-INF/resources/embed/assets/widget.js")
            + read("META-INF/resources/embed/assets/widget.css"));

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
        return RestResponse.ResponseBuilder.ok(html)
                .header("Content-Security-Policy", contentSecurityPolicy)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
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
        try (InputStream in = EmbedResource.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
