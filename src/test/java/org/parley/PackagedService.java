package org.parley;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service ({@code target/quarkus-app}) run as a separate process, the way users run it: on a file H2
 * database in a folder of the test's, or, in the PostgreSQL pass, on its own schema of the test PostgreSQL.
 */
public final class PackagedService {

    private static final Duration STARTUP = Duration.ofSeconds(90);

    private final Path folder;
    private final Map<String, String> env;
    private final int port;
    private Process process;

    /**
     * @param folder the service's working folder; its data and log go there
     * @param name tells this service's PostgreSQL schema from others': {@code <test schema>_<name>}
     */
    public PackagedService(Path folder, String name, Map<String, String> env) {
        this.folder = folder;
        this.port = freePort();
        this.env = new HashMap<>(env);
        this.env.putIfAbsent("PARLEY_DATA_DIR", folder.resolve("data").toString());
        this.env.putIfAbsent("QUARKUS_HTTP_PORT", String.valueOf(port));
        String pgBase = System.getProperty("parley.test.pg-base");
        if (pgBase != null) {
            String schema = System.getProperty("parley.test.pg-schema") + "_" + name;
            this.env.put("QUARKUS_DATASOURCE_JDBC_URL", pgBase + "?currentSchema=" + schema);
            this.env.put("QUARKUS_DATASOURCE_USERNAME", System.getProperty("parley.test.pg-user"));
            this.env.put("QUARKUS_FLYWAY_SCHEMAS", schema);
        }
    }

    public static boolean onPostgresql() {
        return System.getProperty("parley.test.pg-base") != null;
    }

    /** Starts on an empty database: a PostgreSQL schema left by an earlier run is cleaned first. */
    public PackagedService fresh() {
        env.put("QUARKUS_FLYWAY_CLEAN_DISABLED", "false");
        env.put("QUARKUS_FLYWAY_CLEAN_AT_START", "true");
        return this;
    }

    /** Starts the process; {@link #awaitReady()} waits until it serves. */
    public PackagedService start() {
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx256m", "-jar", System.getProperty("parley.runner"))
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
        builder.environment().putAll(env);
        try {
            process = builder.start();
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Polls readiness until the service answers UP, fails, or the start-up budget is spent. */
    public PackagedService awaitReady() throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service exited with " + process.exitValue() + ":\n" + output());
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(uri("/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYetListening) {
                // keep polling until the deadline
            }
            process.waitFor(200, TimeUnit.MILLISECONDS);
        }
        throw new IllegalStateException("The service was not ready within " + STARTUP + ":\n" + output());
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** The admin token the built-in issuer wrote at start. */
    public String adminToken() throws IOException {
        Path keys = Path.of(env.getOrDefault("PARLEY_AUTH_KEY_DIR", folder.resolve("data/keys").toString()));
        return Files.readString(keys.resolve("admin.jwt")).trim();
    }

    public Process process() {
        return process;
    }

    public String output() {
        try {
            return Files.exists(log()) ? Files.readString(log()) : "";
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    private Path log() {
        return folder.resolve("service.log");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
