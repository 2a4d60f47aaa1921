package org.parley;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Starts the packaged service ({@code target/quarkus-app}) as a separate process, the way users run it: on a file
 * H2 database in a folder of the test's, or, in the PostgreSQL pass, on its own schema of the test PostgreSQL.
 */
public final class PackagedService {

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
}
