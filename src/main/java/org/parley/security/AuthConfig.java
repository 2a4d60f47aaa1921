package org.parley.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "parley.auth")
public interface AuthConfig {

    /** The issuer ({@code iss}) tokens must carry; the built-in issuer signs with it. */
    @WithDefault("parley")
    String issuer();

    /**
     * Where the public key of an outside token issuer is (PEM or JWKS, a file or an https URL). When set, Parley
     * verifies against it and issues no tokens itself; when absent, it signs its own with a key in {@link #keyDir()}.
     */
    Optional<String> publicKeyLocation();

    /** Where the built-in issuer keeps its key pair and the bootstrap admin token. */
    @WithDefault("${parley.data-dir}/keys")
    Path keyDir();

    /**
     * How long the bootstrap admin token stays valid. It is written once; a start writes a new one only when it is
     * missing, expired, revoked or signed by another key.
     */
    @WithDefault("P30D")
    Duration bootstrapTokenLifetime();

    /**
     * How old this replica's copy of the revoked tokens may grow before a request reads the list again: a
     * revocation made through another replica counts here within this time (through this one, at once).
     */
    @WithDefault("PT5S")
    Duration revocationCheckInterval();

    /** How long a token minted by {@code POST /api/tokens} stays valid unless the request says otherwise. */
    @WithDefault("PT12H")
    Duration tokenLifetime();
}
