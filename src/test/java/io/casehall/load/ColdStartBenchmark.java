package io.casehall.load;

import io.casehall.bench.BenchmarkDatabase;
import io.casehall.bench.Benchmarks;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code mvn -Pcoldstart verify}: how long the packaged application takes from {@code java} to a ready node
 * ({@code GET /actuator/health/readiness} answers 200), on H2 and on PostgreSQL, started plainly
 * ({@code java -jar}) and as the image and the README's production start do it (extracted jar, class data
 * sharing archive from a training run, serial GC). Each database is started empty once (Flyway, engine tables,
 * models, demo data), then restarted {@value #RESTARTS} times. Prints a table and appends it to
 * {@code docs/benchmarks.md}.
 */
public final class ColdStartBenchmark {

    private static final int RESTARTS = 3;
    private static final int PORT = Integer.getInteger("coldstart.port", 18090);
    private static final Duration GIVE_UP = Duration.ofMinutes(3);

    private final Path jar;
    private final Path work;
    private final List<String[]> rows = new ArrayList<>();

    private ColdStartBenchmark(Path jar, Path work) {
        this.jar = jar;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(System.getProperty("coldstart.jar"));
        Path work = Path.of(System.getProperty("coldstart.dir", "target/coldstart"));
        deleteTree(work);
        Files.createDirectories(work);
        new ColdStartBenchmark(jar, work).run();
        System.exit(0);
    }

    private void run() throws Exception {
        Instant started = Instant.now();
        String loadAtStart = Benchmarks.loadAverage();
        Path app = productionLayout();
        List<String> plain = List.of("-jar", jar.toString());
        List<String> production = productionCommand(app);
        measure("H2 (file)", "java -jar", plain, h2("plain"), Map.of());
        measure("H2 (file)", "production start", production, h2("production"), Map.of());
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            for (String[] start : new String[][] {{"java -jar", "plain"}, {"production start", "production"}}) {
                String url = BenchmarkDatabase.createDatabase(postgres, "cold_" + start[1]);
                measure("PostgreSQL (embedded)", start[0], start[1].equals("plain") ? plain : production,
                        List.of("--spring.profiles.active=demo,postgres"),
                        Map.of("CASEHALL_DB_URL", url, "CASEHALL_DB_USER", "postgres",
                                "CASEHALL_DB_PASSWORD", "postgres", "CASEHALL_SECURE_COOKIES", "false"));
            }
        }
        report(started, loadAtStart);
    }

    /** What {@code docker/Dockerfile} does at build time: extract the jar, one training run writes the archive. */
    private Path productionLayout() throws Exception {
        Path app = work.resolve("app");
        exec(List.of(java(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", app.toString()),
                Map.of(), work.resolve("extract.log"));
        Path extracted = app.resolve(jar.getFileName());
        exec(List.of(java(), "-XX:ArchiveClassesAtExit=" + app.resolve("casehall.jsa"),
                        "-Dspring.context.exit=onRefresh", "-jar", extracted.toString(), "--server.port=" + PORT,
                        "--spring.datasource.url=jdbc:h2:mem:training",
                        "--casehall.documents.root=" + work.resolve("training/documents"),
                        "--casehall.seal.keystore=" + work.resolve("training/seal.p12")),
                Map.of(), work.resolve("training.log"));
        return app;
    }

    private List<String> productionCommand(Path app) {
        return List.of("-XX:SharedArchiveFile=" + app.resolve("casehall.jsa"), "-Xlog:cds=off",
                "-XX:+UseSerialGC", "-jar", app.resolve(jar.getFileName()).toString());
    }

    private List<String> h2(String name) {
        return List.of("--spring.datasource.url=jdbc:h2:file:" + work.resolve(name).resolve("db/casehall")
                + ";DB_CLOSE_ON_EXIT=FALSE");
    }

    private void measure(String database, String start, List<String> command, List<String> appArgs,
                         Map<String, String> env) throws Exception {
        String name = (database.startsWith("H2") ? "h2-" : "pg-") + (start.startsWith("java") ? "plain" : "prod");
        double first = startUntilReady(name, 0, command, appArgs, env);
        List<Double> restarts = new ArrayList<>();
        for (int i = 1; i <= RESTARTS; i++) {
            restarts.add(startUntilReady(name, i, command, appArgs, env));
        }
        List<Double> sorted = restarts.stream().sorted().toList();
        rows.add(new String[] {database, start, seconds(first), seconds(sorted.get(sorted.size() / 2)),
                seconds(sorted.get(0)) + "–" + seconds(sorted.get(sorted.size() - 1)),
                sorted.get(sorted.size() / 2) <= 15 ? "yes" : "**no**"});
    }

    /** Seconds from starting the JVM until the readiness probe answers 200; the node is then killed. */
    private double startUntilReady(String name, int round, List<String> command, List<String> appArgs,
                                   Map<String, String> env) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(java());
        cmd.addAll(command);
        cmd.add("--server.port=" + PORT);
        cmd.add("--casehall.documents.root=" + work.resolve(name).resolve("documents"));
        cmd.add("--casehall.seal.keystore=" + work.resolve(name).resolve("seal.p12"));
        cmd.addAll(appArgs);
        ProcessBuilder builder = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(work.resolve(name + "-" + round + ".log").toFile());
        builder.environment().putAll(env);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create("http://localhost:" + PORT
                + "/actuator/health/readiness")).timeout(Duration.ofSeconds(2)).build();
        long t0 = System.nanoTime();
        Process process = builder.start();
        try {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " stopped before it was ready, see " + name + "-" + round
                            + ".log");
                }
                if (System.nanoTime() - t0 > GIVE_UP.toNanos()) {
                    throw new IllegalStateException(name + " not ready after " + GIVE_UP);
                }
                try {
                    if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        double seconds = (System.nanoTime() - t0) / 1e9;
                        System.out.printf(Locale.ROOT, "[coldstart] %s start %d: ready after %.1f s%n", name,
                                round, seconds);
                        return seconds;
                    }
                } catch (IOException notListeningYet) {
                    // the port is not open yet
                }
                Thread.sleep(100);
            }
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    private void report(Instant started, String loadAtStart) throws IOException {
        StringBuilder table = new StringBuilder("| database | start | first start (empty database) | restart, median"
                + " of " + RESTARTS + " | restarts | restart ≤ 15 s |\n| --- | --- | ---: | ---: | ---: | --- |\n");
        rows.forEach(r -> table.append("| ").append(String.join(" | ", r)).append(" |\n"));
        String section = "\n#### " + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                .withZone(ZoneId.of("UTC")).format(started) + " — cold start to ready\n\n"
                + "Command: `mvn -Pcoldstart verify`  \n"
                + "Machine: " + Benchmarks.machine() + "; load average " + loadAtStart + " at the start, "
                + Benchmarks.loadAverage() + " at the end  \n"
                + "Production start: `java -XX:SharedArchiveFile=app/casehall.jsa -XX:+UseSerialGC -jar "
                + "app/casehall-….jar` (extracted jar, archive from one training run, as docker/Dockerfile does)\n\n"
                + table;
        System.out.println(section);
        Path doc = Path.of(System.getProperty("coldstart.doc", "docs/benchmarks.md"));
        if (Files.exists(doc)) {
            Files.writeString(doc, section, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }
    }

    private static void exec(List<String> command, Map<String, String> env, Path log) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        int exit = builder.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (" + exit + "), see " + log);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.1f s", s);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
