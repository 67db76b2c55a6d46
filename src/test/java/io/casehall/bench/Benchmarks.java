package io.casehall.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;

/** Small helpers of every benchmark: timing, percentiles, sanity checks and a description of the machine. */
public final class Benchmarks {

    private Benchmarks() {
    }

    /** Benchmarks build documents and messages as a Chinese user would see them. */
    public static void useChineseLocale() {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        LocaleContextHolder.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
    }

    public static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** Nearest-rank percentile of the values (milliseconds or seconds alike). */
    public static double percentile(List<Double> values, int percentile) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    /** A benchmark whose data is not what it claims measures nothing: it stops instead. */
    public static void check(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("Benchmark check failed: " + what);
        }
    }

    /** The one-minute load average, or "?" where there is no /proc. */
    public static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    public static String machine() {
        String cpu = "unknown CPU";
        String memory = "";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(cpu);
            memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024 + " GB RAM")
                    .orElse("");
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + memory + ", Java "
                + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.version") + ", heap max " + Runtime.getRuntime().maxMemory() / 1024 / 1024
                + " MB";
    }
}
