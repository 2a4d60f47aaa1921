package org.parley.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/**
 * The bootstrap admin token is written once and kept across restarts while it is valid; a start replaces it only
 * when it is missing, expired, revoked, not an admin's or not signed by the current key. Each call of onStart
 * below is what a restart does.
 */
@QuarkusTest
class BootstrapTokenTest {

    @Inject
    BootstrapToken bootstrap;
    @Inject
    TokenIssuer issuer;
    @Inject
    AuthConfig config;
    @Inject
    SigningKeys keys;
    @Inject
    RevokedTokens revoked;
    @Inject
    JWTParser parser;

    @Test
    void aValidTokenIsKeptAcrossRestarts() throws Exception {
        String before = Files.readString(file());
        restart();
        restart();
        assertEquals(before, Files.readString(file()), "a restart adds no other valid admin token");
    }

    @Test
    void anUnusableTokenIsReplacedByAValidOne() throws Exception {
        String expired = issuer.issue("admin", Set.of(Roles.ADMIN), Duration.ofSeconds(-60)).token();
        TokenIssuer.Token revokedOne = issuer.issue("admin", Set.of(Roles.ADMIN), Duration.ofDays(1));
        revoked.revoke(revokedOne.jti(), "test");
        String editors = issuer.issue("admin", Set.of(Roles.EDITOR), Duration.ofDays(1)).token();
        for (String unusable : new String[] {expired, revokedOne.token(), editors, "not a token", ""}) {
            Files.writeString(file(), unusable + "\n");
            restart();
            String written = Files.readString(file()).trim();
            assertNotEquals(unusable, written);
            JsonWebToken token = parser.parse(written);
            assertTrue(token.getGroups().contains(Roles.ADMIN));
            assertTrue(token.getExpirationTime() * 1000 > System.currentTimeMillis() + Duration.ofDays(29).toMillis());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file())));
        }
        Files.delete(file());
        restart();
        assertTrue(Files.exists(file()), "a missing token is written again");
    }

    private void restart() {
        bootstrap.onStart(null, issuer, config, keys);
    }

    private Path file() {
        return keys.folder().resolve(BootstrapToken.FILE);
    }
}
