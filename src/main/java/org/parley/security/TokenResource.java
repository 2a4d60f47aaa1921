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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.parley.api.WriteResponses;
import org.parley.error.DomainException;
import org.parley.error.FieldError;
import org.parley.security.RevokedTokens.Revoked;

/**
 * Lets an admin mint tokens for editors and other admins, when Parley is its own token issuer, and revoke any
 * token by its id ({@code jti}), whoever issued it.
 */
@Path("/api/tokens")
@Tag(name = "Tokens")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    static final Duration LONGEST = Duration.ofDays(366);

    private final TokenIssuer issuer;
    private final AuthConfig config;
    private final RevokedTokens revoked;
    private final WriteResponses responses;

    public TokenResource(TokenIssuer issuer, AuthConfig config, RevokedTokens revoked, WriteResponses responses) {
        this.issuer = issuer;
        this.config = config;
        this.revoked = revoked;
        this.responses = responses;
    }

    @Schema(name = "TokenRequest")
    public record TokenRequest(
            @Schema(required = true, examples = "alice", description = "Printable text: no control or format "
                    + "characters.") @NotBlank @Size(max = 200)
            @Pattern(regexp = Subjects.PRINTABLE, message = "must be printable text, without control or format "
                    + "characters") String subject,
            @Schema(required = true, examples = "[\"editor\"]") @NotEmpty
            List<@NotNull @Pattern(regexp = "editor|admin", message = "must be editor or admin") String> roles,
            @Schema(description = "ISO-8601 duration; 12 hours unless given, at most 366 days.", examples = "PT8H")
            Duration lifetime) {
    }

    @Schema(name = "TokenResponse")
    public record TokenResponse(
            @Schema(required = true, description = "The bearer token (a signed JWT).") String token,
            @Schema(required = true, description = "The token's id (its jti claim): what revokes it.",
                    examples = "0f8fad5b-d9cb-469f-a165-70867728950e") String jti,
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
                new TokenResponse(token.token(), token.jti(), request.subject(), roles, token.expiresAt()));
    }

    @Schema(name = "TokenRevocationRequest")
    public record RevocationRequest(
            @Schema(required = true, description = "The jti claim of the token to refuse from now on.",
                    examples = "0f8fad5b-d9cb-469f-a165-70867728950e") @NotBlank @Size(max = 200)
            @Pattern(regexp = Subjects.PRINTABLE, message = "must be printable text") String jti) {
    }

    @Schema(name = "TokenRevocation")
    public record RevocationView(
            @Schema(required = true, examples = "0f8fad5b-d9cb-469f-a165-70867728950e") String jti,
            @Schema(required = true) Instant revokedAt,
            @Schema(required = true, description = "The subject of the admin token that revoked it.")
            String revokedBy) {
    }

    @POST
    @Path("revocations")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "revokeToken", summary = "Revoke a token by its jti (admins)",
            description = "From now on every request with a token carrying this jti is refused with 401, on every "
                    + "replica within parley.auth.revocation-check-interval. Works for tokens of an outside issuer "
                    + "too. 201 for a new revocation, 200 when the token was already revoked.")
    @APIResponse(responseCode = "201", description = "Revoked.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RevocationView.class)))
    @APIResponse(responseCode = "200", description = "Revoked before: the earlier revocation.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RevocationView.class)))
    public RestResponse<RevocationView> revokeToken(@Valid @NotNull RevocationRequest request) {
        Revoked result = revoked.revoke(request.jti(), responses.actor());
        RevokedTokens.Revocation r = result.revocation();
        return RestResponse.status(result.created() ? RestResponse.Status.CREATED : RestResponse.Status.OK,
                new RevocationView(r.jti(), r.revokedAt(), r.revokedBy()));
    }
}
