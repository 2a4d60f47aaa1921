package org.parley.security;

import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import org.parley.store.OwnerOnly;

/**
 * The built-in issuer's RSA key pair, created on first start in the key folder and read on later ones. Replicas
 * that share the folder share the key; the folder and its files are readable by their owner only. smallrye-jwt
 * signs with the private key file and verifies with the public one (the {@code smallrye.jwt.sign.key.location} and
 * {@code mp.jwt.verify.publickey.location} settings); this class makes sure both are there and belong together.
 */
@ApplicationScoped
public class SigningKeys {

    static final String PRIVATE_KEY = "signing-key.pem";
    static final String PUBLIC_KEY = "signing-key.pub.pem";

    private final Path folder;
    private volatile boolean ready;

    @Inject
    public SigningKeys(AuthConfig config) {
        this(config.keyDir());
    }

    SigningKeys(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** Creates the key pair if the folder has none, and writes the public key of the private one found there. */
    public void ensure() {
        if (!ready) {
            synchronized (this) {
                if (!ready) {
                    loadOrCreate();
                    ready = true;
                }
            }
        }
    }

    private void loadOrCreate() {
        try {
            OwnerOnly.folder(folder);
            Path file = folder.resolve(PRIVATE_KEY);
            if (!Files.exists(file)) {
                create(file);
            }
            PublicKey publicKey = publicKeyOf(OwnerOnly.file(file));
            OwnerOnly.write(folder.resolve(PUBLIC_KEY), pem("PUBLIC KEY", publicKey.getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the signing key in " + folder, e);
        }
    }

    /** Writes a new key beside the target and links it into place, so two starting replicas agree on one key. */
    private static void create(Path file) throws IOException {
        KeyPair pair;
        try {
            pair = KeyUtils.generateKeyPair(2048);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is part of every Java runtime", e);
        }
        Path temp = Files.createTempFile(file.getParent(), "signing-key", ".tmp");
        try {
            OwnerOnly.file(temp);
            Files.writeString(temp, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            // link(2) fails if the target exists, where rename(2) would silently replace another replica's key.
            Files.createLink(file, temp);
        } catch (FileAlreadyExistsException raced) {
            // Another replica created it first: use theirs.
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static PublicKey publicKeyOf(Path file) throws IOException {
        try {
            RSAPrivateCrtKey key = (RSAPrivateCrtKey) KeyUtils.decodePrivateKey(Files.readString(file));
            return KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
        } catch (GeneralSecurityException | ClassCastException | IllegalArgumentException e) {
            throw new IllegalStateException(file + " does not hold an RSA private key in PKCS#8 PEM", e);
        }
    }

    private static String pem(String type, byte[] der) {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + base64 + "\n-----END " + type + "-----\n";
    }
}
