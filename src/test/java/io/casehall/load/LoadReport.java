package io.casehall.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casehall.bench.Benchmarks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The last step of {@code mvn -Pload verify}: stops {@link LoadServer} (the file {@code stop}), reads the measured pass's
 * Gatling report ({@code js/stats.js}), prints a table per request type (count, errors, p50/p95/p99/max) and
 * appends it to {@code docs/benchmarks.md}; exits with 1 when a request type's p95 exceeds 100 ms or a request
 * failed (Gatling's own assertions say the same; the build is not stopped before this report is written).
 */
public final class LoadReport {

    private static final double TARGET_P95_MS = 100;
    private static final String RESULTS_MARKER = "<!-- load simulation results end here -->";

    private LoadReport() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(System.getProperty("load.dir", "target/load"));
        Path results = Path.of(System.getProperty("load.results", "target/gatling"));
        Path doc = Path.of(System.getProperty("load.doc", "docs/benchmarks.md"));
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("stop"), "stop", StandardCharsets.UTF_8);
        String loadAtEnd = Benchmarks.loadAverage();

        List<Path> runs;
        try (Stream<Path> reports = Files.list(results)) {
            // Only reports written by this run (after the server got ready), never an older one; the measured pass
            // is the last, the warm-up pass (if any) the one before.
            long since = Files.exists(dir.resolve("ready")) ? dir.resolve("ready").toFile().lastModified() : 0;
            runs = reports.filter(p -> Files.exists(p.resolve("js/stats.js")) && p.toFile().lastModified() >= since)
                    .sorted(Comparator.comparing(p -> p.toFile().lastModified())).toList();
        }
        if (runs.isEmpty()) {
            System.err.println("[load-report] no Gatling report under " + results);
            System.exit(1);
        }
        Path run = runs.get(runs.size() - 1);
        boolean warmedUp = !Boolean.getBoolean("load.skipWarmUp") && runs.size() > 1;
        String warmUp = warmedUp ? warmUpLine(runs.get(runs.size() - 2)) : "none  \n";
        JsonNode root = parseStats(Files.readString(run.resolve("js/stats.js"), StandardCharsets.UTF_8));
        List<String[]> rows = new ArrayList<>();
        boolean ok = true;
        Iterator<JsonNode> contents = root.path("contents").elements();
        List<JsonNode> requests = new ArrayList<>();
        contents.forEachRemaining(requests::add);
        requests.sort(Comparator.comparing(n -> n.path("stats").path("name").asText()));
        for (JsonNode request : requests) {
            JsonNode s = request.path("stats");
            double p95 = number(s.path("percentiles3"));
            long ko = (long) number(s.path("numberOfRequests").path("ko"));
            boolean meets = p95 <= TARGET_P95_MS && ko == 0;
            ok &= meets;
            rows.add(row(s, meets));
        }
        JsonNode all = root.path("stats");
        String[] total = row(all, true);
        total[0] = "**all requests**";
        total[total.length - 1] = "";
        rows.add(total);

        StringBuilder table = new StringBuilder(
                "| request | count | errors | p50 ms | p95 ms | p99 ms | max ms | p95 ≤ 100 ms, 0 errors |\n"
                        + "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        rows.forEach(r -> table.append("| ").append(String.join(" | ", r)).append(" |\n"));
        String loadAtStart = Files.exists(dir.resolve("load-at-start"))
                ? Files.readString(dir.resolve("load-at-start")).strip() : "?";
        String section = "\n#### " + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                .withZone(ZoneId.of("UTC")).format(Instant.now()) + " — load simulation, PostgreSQL (embedded)\n\n"
                + "Command: `mvn -Pload verify" + options() + "`  \n"
                + "Users: " + Integer.getInteger("load.applicants", 50) + " applicants, "
                + Integer.getInteger("load.staff", 20) + " staff; season of " + Integer.getInteger("load.students", 10_000)
                + " students; ramp " + Integer.getInteger("load.ramp", 30) + " s, then " + Integer.getInteger("load.steady", 150)
                + " s more  \n"
                + "Warm-up pass before it (same users and pages, ramp, then " + Integer.getInteger("load.warmup", 60)
                + " s; not judged): " + warmUp
                + "Gatling report: `" + Path.of("").toAbsolutePath().relativize(run.toAbsolutePath()) + "/index.html`  \n"
                + "Machine: " + Runtime.getRuntime().availableProcessors() + " cores; load average (1 min) "
                + loadAtStart + " when the simulation started, " + loadAtEnd + " at its end  \n"
                + "Result: " + (ok ? "every request type met the target" : "target missed (❌ rows)") + "\n\n"
                + table;
        System.out.println(section);
        if (Files.exists(doc)) {
            // Under the load section (before its marker), so the clearance benchmark's results stay apart.
            String text = Files.readString(doc, StandardCharsets.UTF_8);
            int marker = text.indexOf(RESULTS_MARKER);
            if (marker >= 0) {
                Files.writeString(doc, text.substring(0, marker) + section.substring(1) + "\n"
                        + text.substring(marker), StandardCharsets.UTF_8);
            } else {
                Files.writeString(doc, section, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            }
        }
        System.exit(ok || Boolean.getBoolean("load.ignoreFailures") ? 0 : 1);
    }

    /** The warm-up pass in one line: what a node's first minute after a start looks like. */
    private static String warmUpLine(Path run) throws IOException {
        JsonNode all = parseStats(Files.readString(run.resolve("js/stats.js"), StandardCharsets.UTF_8)).path("stats");
        return (long) number(all.path("numberOfRequests").path("total")) + " requests, "
                + (long) number(all.path("numberOfRequests").path("ko")) + " errors, p50 " + ms(all.path("percentiles1"))
                + " ms, p95 " + ms(all.path("percentiles3")) + " ms, max " + ms(all.path("maxResponseTime")) + " ms  \n";
    }

    /** Gatling's {@code js/stats.js}: {@code var stats = {…}} (partly unquoted field names), then functions. */
    static JsonNode parseStats(String js) throws IOException {
        int start = js.indexOf('{');
        int end = js.indexOf("\nfunction ");
        String object = (end < 0 ? js.substring(start) : js.substring(start, end)).strip();
        if (object.endsWith(";")) {
            object = object.substring(0, object.length() - 1);
        }
        ObjectMapper mapper = new ObjectMapper();
        mapper.enable(com.fasterxml.jackson.core.JsonParser.Feature.ALLOW_UNQUOTED_FIELD_NAMES);
        mapper.enable(com.fasterxml.jackson.core.JsonParser.Feature.ALLOW_TRAILING_COMMA);
        return mapper.readTree(object);
    }

    private static String[] row(JsonNode s, boolean meets) {
        return new String[] {s.path("name").asText(),
                String.valueOf((long) number(s.path("numberOfRequests").path("total"))),
                String.valueOf((long) number(s.path("numberOfRequests").path("ko"))),
                ms(s.path("percentiles1")), ms(s.path("percentiles3")), ms(s.path("percentiles4")),
                ms(s.path("maxResponseTime")), meets ? "✅" : "❌"};
    }

    private static String ms(JsonNode node) {
        return String.format(Locale.ROOT, "%.0f", number(node));
    }

    private static double number(JsonNode node) {
        JsonNode value = node.has("total") ? node.path("total") : node;
        try {
            return Double.parseDouble(value.asText());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The -D options that differ from the profile's defaults, as given on the command line. */
    private static String options() {
        StringBuilder options = new StringBuilder();
        String[][] defaults = {{"load.students", "10000"}, {"load.applicants", "50"}, {"load.staff", "20"},
                {"load.ramp", "30"}, {"load.steady", "150"}, {"load.warmup", "60"}, {"load.skipWarmUp", "false"}};
        for (String[] d : defaults) {
            String value = System.getProperty(d[0], d[1]);
            if (!value.equals(d[1])) {
                options.append(" -D").append(d[0]).append('=').append(value);
            }
        }
        return options.toString();
    }
}
