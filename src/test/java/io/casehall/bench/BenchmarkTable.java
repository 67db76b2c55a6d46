package io.casehall.bench;

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

/**
 * A benchmark's figures and notes, printed as they come and appended at the end as one section of
 * {@code docs/benchmarks.md} (another file with {@code -Dbenchmark.doc=…}).
 */
public final class BenchmarkTable {

    private final List<String[]> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final String loadAtStart = Benchmarks.loadAverage();
    private final Instant started = Instant.now();

    public void record(String what, String target, double seconds, Boolean ok) {
        record(what, target, seconds, ok, "s");
    }

    /**
     * A figure in {@code unit} ("s" or "ms") against its target ("—" for none); {@code ok} null: the target is for
     * the full size and a smaller run is not judged against it.
     */
    public void record(String what, String target, double value, Boolean ok, String unit) {
        String figure = unit.equals("ms") ? String.format(Locale.ROOT, "%.1f ms", value)
                : String.format(Locale.ROOT, "%.1f s", value);
        String verdict = target.equals("—") ? "" : ok == null ? "small size, not judged" : ok ? "✅" : "❌";
        row(what, target, figure, verdict);
    }

    /** A row as given: measurement, target, result, verdict. */
    public void row(String what, String target, String result, String verdict) {
        rows.add(new String[] {what, target, result, verdict});
        System.out.println("[benchmark] " + what + ": " + result);
    }

    public void note(String note) {
        notes.add(note);
        System.out.println("[benchmark] " + note);
    }

    /** Prints the section headed {@code heading} and appends it to the results document. */
    public void append(String heading, String command) throws IOException {
        String machine = Benchmarks.machine() + "; load average (1 min) " + loadAtStart + " at the start, "
                + Benchmarks.loadAverage() + " at the end (other work on the machine slows every figure)";
        StringBuilder table = new StringBuilder("| measurement | target | result | |\n| --- | --- | --- | --- |\n");
        for (String[] r : rows) {
            table.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        String section = "\n#### " + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneId.of("UTC"))
                .format(started) + " — " + heading + "\n\n"
                + "Command: `" + command + "`  \n"
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
