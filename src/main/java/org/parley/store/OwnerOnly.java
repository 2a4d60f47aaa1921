package org.parley.store;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The service's data (database, keys, tokens, search index) is readable by the user it runs as and nobody else:
 * what it creates is owner-only from the start (folders 0700, files 0600), and what it finds is narrowed to that
 * where it may (a mount it does not own stays as it is, with a warning). Without POSIX permissions, the
 * owner-only flags are set instead.
 */
public final class OwnerOnly {

    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Logger LOG = Logger.getLogger(OwnerOnly.class);

    private OwnerOnly() {
    }

    /** Creates the folder and any missing parents owner-only, or narrows an existing one. */
    public static Path folder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return narrow(folder, FOLDER);
        }
        if (posix()) {
            return Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
        }
        return flags(Files.createDirectories(folder));
    }

    /** Narrows an existing file to its owner. */
    public static Path file(Path file) {
        return narrow(file, FILE);
    }

    /** Writes the text to a new owner-only file beside the target and moves it into place. */
    public static void write(Path file, String text) throws IOException {
        String name = file.getFileName().toString();
        Path temp = posix()
                ? Files.createTempFile(file.getParent(), name, ".tmp", PosixFilePermissions.asFileAttribute(FILE))
                : flags(Files.createTempFile(file.getParent(), name, ".tmp"));
        try {
            Files.writeString(temp, text);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static Path narrow(Path path, Set<PosixFilePermission> permissions) {
        if (!posix()) {
            return flags(path);
        }
        try {
            if (!Files.getPosixFilePermissions(path).equals(permissions)) {
                Files.setPosixFilePermissions(path, permissions);
            }
        } catch (IOException e) {
            LOG.warnf("Cannot make %s readable by its owner only (%s): others who can read it can read the data",
                    path.toAbsolutePath(), e);
        }
        return path;
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static Path flags(Path path) {
        File file = path.toFile();
        file.setReadable(false, false);
        file.setReadable(true, true);
        file.setWritable(false, false);
        file.setWritable(true, true);
        return path;
    }
}
