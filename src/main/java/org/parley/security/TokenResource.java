package org.parley.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.parley.error.DomainException;
import org.parley.error.FieldError;

/** Lets an admin mint tokens for editors and other admins, when Parley is its own token issuer. */
@Path("/api/tokens")
@Tag(name = "Tokens")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    static final Duration LONGEST = Duration.ofDays(366);

    private final TokenIssuer issuer;
    private final AuthConfig config;

    public TokenResource(TokenIssuer issuer, AuthConfig config) {
        this.issuer = issuer;
        this.config = config;
    }

    @Schema(name = "TokenRequest")
    public record TokenRequest(
            @Schema(required = true, examples = "alice") @NotBlank @Size(max = 200) String subject,
            @Schema(required = true, examples = "[\"editor\"]") @NotEmpty
            List<@NotNull @Pattern(regexp = "editor|admin", message = "must be editor or admin") String> roles,
            @Schema(description = "ISO-8601 duration; 12 hours unless given, at most 366 days.", examples = "PT8H")
            Duration lifetime) {
    }

    @Schema(name = "TokenResponse")
    public record TokenResponse(
            @Schema(required = true, description = "The bearer token (a signed JWT).") String token,
            @Schema(required = true) String subject,
            @Schema(required = true) List<String> roles,
            @Schema(required = true) Instant expiresAt) {
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createToken", summary = "Mint a bearer token (admins, built-in issuer only)")
    public RestResponse<TokenResponse> createToken(@Valid @NotNull TokenRequest request) {
        if (!issuer.enabled()) {
            throw DomainException.of(DomainException.Kind.CONFLICT, "issuer-disabled",
                    "Tokens come from the configured outside issuer; Parley issues none itself.");
        }
        Duration lifetime = request.lifetime() == null ? config.tokenLifetime() : request.lifetime();
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(LONGEST) > 0) {
            throw DomainException.invalidContent("lifetime must be positive and at most 366 days",
                    List.of(new FieldError("lifetime", "must be between PT1S and P366D")));
        }
        List<String> roles = request.roles().stream().distinct().sorted().toList();
        TokenIssuer.Token token = issuer.issue(request.subject(), Set.copyOf(roles), lifetime);
        return RestResponse.status(RestResponse.Status.CREATED,
                new TokenResponse(token.token(), request.subject(), roles, token.expiresAt()));
    }
}
