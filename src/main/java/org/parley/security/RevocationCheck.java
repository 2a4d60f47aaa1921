package org.parley.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Refuses, on every authenticated request, a token whose {@code jti} is revoked, and one whose subject is not
 * printable text (an outside issuer may sign anything). The deny list is read from the database only when this
 * replica's copy is stale, and then off the event loop.
 */
@ApplicationScoped
public class RevocationCheck implements SecurityIdentityAugmentor {

    private final RevokedTokens revoked;

    public RevocationCheck(RevokedTokens revoked) {
        this.revoked = revoked;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        if (token.getName() != null && !Subjects.printable(token.getName())) {
            return Uni.createFrom().failure(new AuthenticationFailedException("The token's subject is not printable"));
        }
        if (revoked.fresh()) {
            return Uni.createFrom().item(() -> notRevoked(identity, token));
        }
        return context.runBlocking(() -> notRevoked(identity, token));
    }

    private SecurityIdentity notRevoked(SecurityIdentity identity, JsonWebToken token) {
        if (revoked.isRevoked(token.getTokenID())) {
            throw new AuthenticationFailedException("The token is revoked");
        }
        return identity;
    }
}
