package org.parley.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * With {@code parley.auth.public-key-location} set, tokens are verified against the outside issuer's key only, and
 * Parley mints none itself.
 */
@QuarkusTest
@TestProfile(OutsideIssuerTest.OutsideIssuer.class)
class OutsideIssuerTest {

    /** The outside issuer's private key: the profile writes it beside the public key the service is given. */
    private static final Path PRIVATE_KEY = Path.of("target", "outside-issuer", "private.pem");

    public static class OutsideIssuer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            KeyPair pair = keyPair();
            Path publicKey = PRIVATE_KEY.resolveSibling("public.pem");
            try {
                Files.createDirectories(PRIVATE_KEY.getParent());
                Files.writeString(PRIVATE_KEY, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("parley.auth.public-key-location", publicKey.toAbsolutePath().toString());
        }
    }

    @Test
    void aTokenOfTheOutsideIssuerWrites() {
        String id = "outside-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(token(outsideKey())).contentType(ContentType.JSON)
                .body("{\"id\": \"" + id + "\", \"name\": \"Outside issuer\"}")
                .when().post("/api/topics").then().statusCode(201).body("id", equalTo(id));
    }

    @Test
    void aTokenSignedByAnotherKeyIs401() {
        given().auth().oauth2(token(keyPair().getPrivate())).contentType(ContentType.JSON)
                .body("{\"id\": \"outside-refused\", \"name\": \"Refused\"}")
                .when().post("/api/topics").then().statusCode(401);
    }

    @Test
    void parleyMintsNoTokens() {
        given().auth().oauth2(token(outsideKey())).contentType(ContentType.JSON)
                .body("{\"subject\": \"someone\", \"roles\": [\"editor\"]}")
                .when().post("/api/tokens").then().statusCode(409).contentType("application/problem+json");
    }

    private static String token(PrivateKey key) {
        return Jwt.issuer("parley").upn("outsider").subject("outsider").groups(Set.of(Roles.ADMIN))
                .claim("jti", UUID.randomUUID().toString()).expiresIn(600).sign(key);
    }

    private static PrivateKey outsideKey() {
        try {
            return KeyUtils.decodePrivateKey(Files.readString(PRIVATE_KEY));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END " + type
                + "-----\n";
    }

    private static KeyPair keyPair() {
        try {
            return KeyUtils.generateKeyPair(2048);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
