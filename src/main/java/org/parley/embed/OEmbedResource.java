package org.parley.embed;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.parley.api.Problem;
import org.parley.api.PublicUrl;
import org.parley.error.DomainException;

/** oEmbed 1.0 (https://oembed.com): the iframe snippet for a URL of the widget, so a CMS can embed it by URL. */
@Path("/oembed")
@Tag(name = "Embed")
@Produces(MediaType.APPLICATION_JSON)
public class OEmbedResource {

    private final EmbedConfig config;
    private final PublicUrl publicUrl;

    public OEmbedResource(EmbedConfig config, PublicUrl publicUrl) {
        this.config = config;
        this.publicUrl = publicUrl;
    }

    @Schema(name = "OEmbed", description = "An oEmbed 1.0 rich response.")
    public record OEmbed(
            @Schema(required = true, enumeration = "rich") String type,
            @Schema(required = true, enumeration = "1.0") String version,
            @Schema(required = true, examples = "Parley: positions by party and topic") String title,
            @JsonProperty("provider_name") @Schema(required = true, examples = "Parley") String providerName,
            @JsonProperty("provider_url") @Schema(required = true) String providerUrl,
            @Schema(required = true, description = "The iframe to paste; its src is the widget's URL.") String html,
            @Schema(required = true, examples = "900") int width,
            @Schema(required = true, examples = "640") int height) {
    }

    @GET
    @Operation(operationId = "getOembed", summary = "Get the embed snippet for a widget URL (oEmbed)",
            description = "For a URL of /embed/matrix or /embed/positions on this service: 404 for any other URL, "
                    + "501 for a format other than json.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OEmbed.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "501", description = "A format other than json (oEmbed 1.0 requires 501).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public RestResponse<OEmbed> getOEmbed(
            @RestQuery @Parameter(required = true, description = "The widget page to embed.",
                    example = "http://localhost:8080/embed/matrix?topic=nato-expansion") String url,
            @RestQuery @Parameter(description = "Only json is served.", example = "json") String format,
            @RestQuery @Parameter(description = "The largest width the consumer can show.") Integer maxwidth,
            @RestQuery @Parameter(description = "The largest height the consumer can show.") Integer maxheight,
            UriInfo uri) {
        if (format != null && !format.toLowerCase(Locale.ROOT).equals("json")) {
            throw DomainException.of(DomainException.Kind.NOT_IMPLEMENTED, "format-not-implemented",
                    "This oEmbed provider answers only format=json.");
        }
        if (url == null || url.isBlank()) {
            throw DomainException.invalidParameter("url", "is required");
        }
        URI base = publicUrl.baseUri(uri);
        EmbedView view = parse(url, base).orElseThrow(() -> DomainException.of(DomainException.Kind.NOT_FOUND,
                        "Not a widget URL of this service: " + url));
        int width = bounded(config.width(), maxwidth, "maxwidth");
        int height = bounded(config.height(), maxheight, "maxheight");
        String html = "<iframe src=\"" + Html.escape(view.url(base)) + "\" width=\"" + width + "\" height=\""
                + height + "\" title=\"" + Html.escape(view.title()) + "\" style=\"border:0\" loading=\"lazy\" "
                + "referrerpolicy=\"no-referrer\"></iframe>";
        return RestResponse.ok(new OEmbed("rich", "1.0", view.title(), "Parley",
                publicUrl.base(uri) + "/", html, width, height));
    }

    private static Optional<EmbedView> parse(String url, URI base) {
        try {
            return EmbedView.parse(new URI(url), base);
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw DomainException.invalidParameter("url", "is not a URL");
        }
    }

    private static int bounded(int preferred, Integer max, String parameter) {
        if (max == null) {
            return preferred;
        }
        if (max < 1) {
            throw DomainException.invalidParameter(parameter, "must be 1 or more");
        }
        return Math.min(preferred, max);
    }
}
