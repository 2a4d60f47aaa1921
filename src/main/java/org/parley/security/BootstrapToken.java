package org.parley.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * With the built-in issuer, writes a fresh admin token to {@code <key dir>/admin.jwt} at each start, readable by
 * its owner only: whoever can read the service's data folder can administer it, and nobody else.
 */
@ApplicationScoped
public class BootstrapToken {

    static final String FILE = "admin.jwt";
    private static final Logger LOG = Logger.getLogger(BootstrapToken.class);

    void onStart(@Observes StartupEvent event, TokenIssuer issuer, AuthConfig config, SigningKeys keys) {
        if (!issuer.enabled()) {
            return;
        }
        Path file = keys.folder().resolve(FILE);
        TokenIssuer.Token token = issuer.issue("admin", Set.of(Roles.ADMIN), config.bootstrapTokenLifetime());
        try {
            Path temp = Files.createTempFile(keys.folder(), "admin", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temp, token.token() + "\n");
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the bootstrap admin token to " + file, e);
        }
        LOG.infof("Built-in token issuer: an admin token valid until %s is in %s", token.expiresAt(),
                file.toAbsolutePath());
    }
}
