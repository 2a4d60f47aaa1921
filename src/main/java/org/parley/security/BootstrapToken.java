package org.parley.security;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.parley.store.OwnerOnly;

/**
 * With the built-in issuer, keeps an admin token in {@code <key dir>/admin.jwt}, readable by its owner only:
 * whoever can read the service's data folder can administer it, and nobody else. It is written once and kept
 * across restarts while it is valid; a start writes a new one only when it is missing, expired, revoked or signed
 * by another key, so restarting never adds another valid admin token.
 */
@ApplicationScoped
public class BootstrapToken {

    static final String FILE = "admin.jwt";
    private static final Logger LOG = Logger.getLogger(BootstrapToken.class);

    private final JWTParser parser;
    private final RevokedTokens revoked;

    public BootstrapToken(JWTParser parser, RevokedTokens revoked) {
        this.parser = parser;
        this.revoked = revoked;
    }

    void onStart(@Observes StartupEvent event, TokenIssuer issuer, AuthConfig config, SigningKeys keys) {
        if (!issuer.enabled()) {
            return;
        }
        keys.ensure();
        Path file = keys.folder().resolve(FILE);
        try {
            Optional<JsonWebToken> kept = valid(file);
            if (kept.isPresent()) {
                OwnerOnly.file(file);
                LOG.infof("Built-in token issuer: the admin token in %s (jti %s) stays valid until %s",
                        file.toAbsolutePath(), kept.get().getTokenID(),
                        Instant.ofEpochSecond(kept.get().getExpirationTime()));
                return;
            }
            TokenIssuer.Token token = issuer.issue("admin", Set.of(Roles.ADMIN), config.bootstrapTokenLifetime());
            OwnerOnly.write(file, token.token() + "\n");
            LOG.infof("Built-in token issuer: a new admin token (jti %s) valid until %s is in %s", token.jti(),
                    token.expiresAt(), file.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the bootstrap admin token to " + file, e);
        }
    }

    /** The token in the file, if it verifies against the current key, has not expired and is not revoked. */
    private Optional<JsonWebToken> valid(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonWebToken token = parser.parse(Files.readString(file).trim());
            boolean usable = token.getGroups().contains(Roles.ADMIN) && !revoked.isRevoked(token.getTokenID());
            return usable ? Optional.of(token) : Optional.empty();
        } catch (ParseException unusable) {
            return Optional.empty();
        }
    }
}
