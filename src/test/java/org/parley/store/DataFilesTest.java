package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** What the service keeps on disk is its own: folders 0700, files 0600 (this machine's umask is wider). */
@QuarkusTest
class DataFilesTest {

    @Test
    void keysTokenIndexAndDataFolderAreOwnerOnly() throws IOException {
        Path keys = Path.of(config("parley.auth.key-dir"));
        assertEquals("rwx------", mode(keys));
        for (String file : new String[] {"signing-key.pem", "signing-key.pub.pem", "admin.jwt"}) {
            assertEquals("rw-------", mode(keys.resolve(file)), file);
        }
        assertEquals("rwx------", mode(Path.of(config("parley.search.index-dir"))));
        assertEquals("rwx------", mode(Path.of(config("parley.data-dir"))));
    }

    @Test
    void theDataFolderIsCreatedOwnerOnlyAndItsFilesNarrowed() throws IOException {
        Path root = Files.createTempDirectory("parley-data-test");
        try {
            Path folder = root.resolve("nested/data");
            new DataFolder(folder.toString()).prepare();
            assertEquals("rwx------", mode(folder));
            assertEquals("rwx------", mode(folder.getParent()));
            Path database = Files.writeString(folder.resolve("parley.mv.db"), "h2");
            Files.setPosixFilePermissions(database, PosixFilePermissions.fromString("rw-r--r--"));
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            new DataFolder(folder.toString()).prepare();
            assertEquals("rwx------", mode(folder));
            assertEquals("rw-------", mode(database));
        } finally {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static String config(String name) {
        return ConfigProvider.getConfig().getValue(name, String.class);
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
