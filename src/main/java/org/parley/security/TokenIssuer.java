package org.parley.security;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Signs tokens with the built-in key, when Parley is its own issuer: smallrye-jwt reads it from
 * {@code smallrye.jwt.sign.key.location} and stamps the issuer from {@code smallrye.jwt.new-token.issuer}.
 */
@ApplicationScoped
public class TokenIssuer {

    private final AuthConfig config;
    private final SigningKeys keys;

    public TokenIssuer(AuthConfig config, SigningKeys keys) {
        this.config = config;
        this.keys = keys;
    }

    /** Whether Parley issues tokens itself (no outside issuer is configured). */
    public boolean enabled() {
        return config.publicKeyLocation().isEmpty();
    }

    /** A signed token; its {@code jti}, a random UUID, is what an admin revokes it by. */
    public Token issue(String subject, Set<String> roles, Duration lifetime) {
        Instant expires = Instant.now().plus(lifetime);
        String id = UUID.randomUUID().toString();
        keys.ensure();
        String token = Jwt.upn(subject).subject(subject).groups(roles).claim("jti", id).expiresAt(expires).sign();
        return new Token(token, id, expires);
    }

    public record Token(String token, String jti, Instant expiresAt) {
    }
}
