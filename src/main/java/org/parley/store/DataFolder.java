package org.parley.store;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Makes the data folder (parley.data-dir) owner-only before the embedded database first creates its file there:
 * Flyway opens the database first, and asks this customizer before it does. At each start the files directly in
 * the folder (the H2 database and its trace file) are narrowed to their owner too.
 */
@Singleton
public class DataFolder implements FlywayConfigurationCustomizer {

    private final Path folder;

    public DataFolder(@ConfigProperty(name = "parley.data-dir") String folder) {
        this.folder = Path.of(folder);
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        prepare();
    }

    void onStart(@Observes @Priority(0) StartupEvent started) {
        prepare();
    }

    synchronized void prepare() {
        try {
            OwnerOnly.folder(folder);
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(Files::isRegularFile).forEach(OwnerOnly::file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + folder.toAbsolutePath(), e);
        }
    }
}
