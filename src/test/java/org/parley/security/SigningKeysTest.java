package org.parley.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.jwt.util.KeyUtils;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replicas starting together on one key folder end with one key pair, whichever of them created it. */
class SigningKeysTest {

    @TempDir
    Path root;

    @Test
    void replicasStartingTogetherAgreeOnOneKeyPair() throws Exception {
        Path folder = root.resolve("keys");
        int replicas = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(replicas);
        try {
            List<Future<?>> started = new ArrayList<>();
            for (int i = 0; i < replicas; i++) {
                SigningKeys keys = new SigningKeys(folder);
                started.add(pool.submit(() -> {
                    start.await();
                    keys.ensure();
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> replica : started) {
                replica.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(SigningKeys.PRIVATE_KEY, SigningKeys.PUBLIC_KEY),
                    files.map(f -> f.getFileName().toString()).sorted().toList(), "no temporary key is left behind");
        }
        RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) KeyUtils
                .decodePrivateKey(Files.readString(folder.resolve(SigningKeys.PRIVATE_KEY)));
        RSAPublicKey publicKey = (RSAPublicKey) KeyUtils
                .decodePublicKey(Files.readString(folder.resolve(SigningKeys.PUBLIC_KEY)));
        assertEquals(privateKey.getModulus(), publicKey.getModulus(), "the public key is the private key's");
    }
}
