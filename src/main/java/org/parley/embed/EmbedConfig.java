package org.parley.embed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "parley.embed")
public interface EmbedConfig {

    /**
     * Which pages may frame the widget: the Content-Security-Policy frame-ancestors sources of the embed pages,
     * such as https://news.example.org or https://*.example.org. "*" lets any web page embed it.
     */
    @WithDefault("*")
    List<String> frameAncestors();

    /** The older name of parley.http.public-url, which wins when both are set. */
    Optional<URI> publicUrl();

    /** The iframe's size in the snippets oEmbed hands out, in CSS pixels. */
    @WithDefault("900")
    int width();

    @WithDefault("640")
    int height();
}
