package org.parley.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import org.parley.store.OwnerOnly;

/**
 * The built-in issuer's RSA key pair, created on first start in the key folder and read on later ones. Replicas
 * that share the folder share the key; the folder and its files are readable by their owner only.
 */
@ApplicationScoped
public class SigningKeys {

    static final String PRIVATE_KEY = "signing-key.pem";
    static final String PUBLIC_KEY = "signing-key.pub.pem";

    private final Path folder;
    private volatile KeyPair keys;

    public SigningKeys(AuthConfig config) {
        this.folder = config.keyDir();
    }

    public PrivateKey privateKey() {
        return keys().getPrivate();
    }

    public PublicKey publicKey() {
        return keys().getPublic();
    }

    public Path folder() {
        return folder;
    }

    private KeyPair keys() {
        if (keys == null) {
            synchronized (this) {
                if (keys == null) {
                    keys = loadOrCreate();
                }
            }
        }
        return keys;
    }

    private KeyPair loadOrCreate() {
        try {
            OwnerOnly.folder(folder);
            Path file = folder.resolve(PRIVATE_KEY);
            if (!Files.exists(file)) {
                create(file);
            }
            KeyPair pair = read(OwnerOnly.file(file));
            OwnerOnly.write(folder.resolve(PUBLIC_KEY), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            return pair;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the signing key in " + folder, e);
        }
    }

    /** Writes a new key beside the target and links it into place, so two starting replicas agree on one key. */
    private static void create(Path file) throws IOException {
        KeyPair pair;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            pair = generator.generateKeyPair();
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

    private static KeyPair read(Path file) throws IOException {
        String body = Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            KeyFactory factory = KeyFactory.getInstance("RSA");
            PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
            RSAPrivateCrtKey crt = (RSAPrivateCrtKey) privateKey;
            PublicKey publicKey = factory.generatePublic(new RSAPublicKeySpec(crt.getModulus(),
                    crt.getPublicExponent()));
            return new KeyPair(publicKey, privateKey);
        } catch (GeneralSecurityException | ClassCastException | IllegalArgumentException e) {
            throw new IllegalStateException(file + " does not hold an RSA private key in PKCS#8 PEM", e);
        }
    }

    static String pem(String type, byte[] der) {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + base64 + "\n-----END " + type + "-----\n";
    }
}
