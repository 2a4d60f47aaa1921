package org.parley.api;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@OpenAPIDefinition(
        info = @Info(title = "Parley API", version = "1.0.0",
                description = "Who demanded what, who answered how, and where it was said: negotiation positions "
                        + "of parties on topics, each cited to the exact span of its source document.",
                contact = @Contact(name = "Parley maintainers"),
                license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        // Relative: Swagger UI and browsers call the service that serves the document, wherever it is deployed;
        // a generated client is given the service's base URL (README, "Generated clients").
        servers = @Server(url = "/", description = "The service serving this document."),
        tags = {
                @Tag(name = "Parties", description = "States, alliances and organisations that take positions."),
                @Tag(name = "Topics", description = "What the positions are about."),
                @Tag(name = "Documents", description = "Source documents and their stored text."),
                @Tag(name = "Positions", description = "Stated stances of a party on a topic, with citations."),
                @Tag(name = "Demands", description = "Demands, each with the responses that answer it."),
                @Tag(name = "Responses", description = "Positions that answer another position."),
                @Tag(name = "Negotiations", description = "Negotiations between sides, and where each stands: "
                        + "demand status, topic state, common ground and stance shifts, each with its rule."),
                @Tag(name = "Dashboard", description = "Aggregates for dashboards: matrix, timeline, counts."),
                @Tag(name = "Annotations", description = "Citations as W3C Web Annotations, in JSON-LD."),
                @Tag(name = "Embed", description = "oEmbed for the embeddable widget.")
        },
        components = @Components(securitySchemes = @SecurityScheme(securitySchemeName = OpenApiConventions.BEARER_AUTH,
                type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
                description = "A JWT whose roles allow the write: editor or admin. Reads need no token.")))
public class ParleyApi extends Application {
}
