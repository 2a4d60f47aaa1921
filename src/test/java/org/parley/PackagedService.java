package org.parley;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts the packaged service ({@code target/quarkus-app}) as a separate process, the way users run it: on a file
 * H2 database in a folder of the test's, or, in the PostgreSQL pass, on its own schema of the test PostgreSQL.
 */
public final class PackagedService {

    private static final Pattern LISTENING = Pattern.compile("Listening on: https?://[^:\\s]+:(\\d+)");

    private PackagedService() {
    }

    /** {@code name} tells this service's PostgreSQL schema from others': {@code <test schema>_<name>}. */
    public static ProcessBuilder builder(Path folder, String name, Map<String, String> env) {
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx256m", "-jar", System.getProperty("parley.runner"))
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("service.log").toFile());
        Map<String, String> environment = builder.environment();
        environment.put("PARLEY_DATA_DIR", folder.resolve("data").toString());
        String pgBase = System.getProperty("parley.test.pg-base");
        if (pgBase != null) {
            String schema = System.getProperty("parley.test.pg-schema") + "_" + name;
            environment.put("QUARKUS_DATASOURCE_JDBC_URL", pgBase + "?currentSchema=" + schema);
            environment.put("QUARKUS_DATASOURCE_USERNAME", System.getProperty("parley.test.pg-user"));
            environment.put("QUARKUS_FLYWAY_SCHEMAS", schema);
        }
        environment.putAll(env);
        return builder;
    }

    public static Process start(Path folder, String name, Map<String, String> env) throws IOException {
        Process process = builder(folder, name, env).start();
        process.getOutputStream().close();
        return process;
    }

    /** Where the started service listens, read from its log once it says so; fails if it stops or takes too long. */
    public static URI awaitListening(Process service, Path folder) throws IOException, InterruptedException {
        Path log = folder.resolve("service.log");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            Matcher listening = LISTENING.matcher(Files.exists(log) ? Files.readString(log) : "");
            if (listening.find()) {
                return URI.create("http://localhost:" + listening.group(1));
            }
            if (service.waitFor(100, TimeUnit.MILLISECONDS)) {
                break;
            }
        }
        throw new AssertionError("The service is not listening: " + Files.readString(log));
    }
}
