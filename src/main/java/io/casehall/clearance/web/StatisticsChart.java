package io.casehall.clearance.web;

import io.casehall.clearance.CheckpointCounters;
import io.casehall.shared.web.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The statistics chart as plain numbers for an inline SVG (no script, no style attributes): one horizontal bar
 * per checkpoint, split into passed / failed / not handled / not reached, all scaled to the largest
 * should-handle count. Colours come from CSS classes.
 */
record StatisticsChart(int width, int height, int barX, int barHeight, List<Bar> bars) {

    static final int WIDTH = 900;
    static final int LABEL_WIDTH = 190;
    static final int BAR_WIDTH = 560;
    static final int ROW_HEIGHT = 30;
    static final int BAR_HEIGHT = 18;

    static StatisticsChart of(List<CheckpointCounters> stats, Messages messages) {
        long max = Math.max(1, stats.stream().mapToLong(CheckpointCounters::should).max().orElse(1));
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < stats.size(); i++) {
            CheckpointCounters c = stats.get(i);
            int y = 8 + i * ROW_HEIGHT;
            double x = LABEL_WIDTH;
            List<Segment> segments = new ArrayList<>();
            long[] values = {c.passed(), c.failed(), c.open(), c.waiting()};
            String[] css = {"passed", "failed", "open", "waiting"};
            String[] labels = {"clearance.stats.col.passed", "clearance.stats.col.failed", "clearance.stats.col.open",
                    "clearance.stats.col.waiting"};
            for (int k = 0; k < values.length; k++) {
                if (values[k] <= 0) {
                    continue;
                }
                double w = values[k] * (double) BAR_WIDTH / max;
                segments.add(new Segment(css[k], number(x), number(w), messages.get(labels[k]) + " " + values[k]));
                x += w;
            }
            bars.add(new Bar(c.checkpoint().name(), y, y + 14, number(x), segments,
                    messages.get("clearance.stats.summary", c.passed(), c.should(), c.passedPercent())));
        }
        return new StatisticsChart(WIDTH, Math.max(ROW_HEIGHT, 8 + stats.size() * ROW_HEIGHT), LABEL_WIDTH - 4,
                BAR_HEIGHT, bars);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** One checkpoint's bar: its label, vertical position, where it ends and its parts. */
    record Bar(String name, int y, int textY, String endX, List<Segment> segments, String summary) {

        /** Where the figure after the bar starts. */
        public String getFigureX() {
            return number(Double.parseDouble(endX) + 6);
        }
    }

    /** One part of a bar: CSS class, x and width in SVG units, and the tooltip. */
    record Segment(String css, String x, String width, String title) {
    }

    /** One line of the statistics table. */
    record Line(String name, long shouldHandle, long passed, long failed, long open, long waiting, String rate) {

        static Line of(CheckpointCounters c) {
            return new Line(c.checkpoint().name(), c.should(), c.passed(), c.failed(), c.open(), c.waiting(),
                    c.passedPercent() + "%");
        }
    }
}
