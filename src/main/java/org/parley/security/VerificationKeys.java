package org.parley.security;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.config.JWTAuthContextInfoProvider;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;

/**
 * What tokens are verified against: the outside issuer's public key when one is configured, otherwise the
 * built-in issuer's own key. The issuer claim is checked either way.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class VerificationKeys {

    private final AuthConfig config;
    private final SigningKeys keys;

    public VerificationKeys(AuthConfig config, SigningKeys keys) {
        this.config = config;
        this.keys = keys;
    }

    @Produces
    @ApplicationScoped
    JWTAuthContextInfo contextInfo() {
        if (config.publicKeyLocation().isPresent()) {
            return JWTAuthContextInfoProvider.createWithKeyLocation(config.publicKeyLocation().get(),
                    config.issuer()).getContextInfo();
        }
        return JWTAuthContextInfoProvider.createWithKey(
                SigningKeys.pem("PUBLIC KEY", keys.publicKey().getEncoded()), config.issuer()).getContextInfo();
    }
}
