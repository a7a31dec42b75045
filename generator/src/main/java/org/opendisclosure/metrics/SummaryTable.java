package org.opendisclosure.metrics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints a {@link BuildSummary} as the table a build ends with, laid out like Hugo's: one table
 * of stages (wall time, and for pooled stages the busy time summed over threads), one of counts,
 * then the total.
 *
 * <pre>
 *            | 用时     | 线程合计
 * -----------+----------+-----------
 *   读取内容 | 1,204 ms |
 *   渲染页面 | 6,310 ms | 12,455 ms
 *
 *            | 数量
 * -----------+--------
 *   项目     | 15,000
 *   页面     | 16,645
 *
 * 总用时 9,876 ms
 * </pre>
 *
 * <p>Rows come in the fixed order of {@link Stage} and {@link Count}, numbers are grouped the same
 * way whatever the JVM's locale, so two builds of the same content print the same text but for
 * the times. Columns are padded by display width (a Chinese character takes two columns in a
 * terminal), and lines carry no trailing spaces.
 */
public final class SummaryTable {

    private SummaryTable() {
    }

    /** The summary as lines, without line ends: what a Maven log prints one by one. */
    public static List<String> lines(BuildSummary summary) {
        int labelWidth = 0;
        for (BuildSummary.StageTime time : summary.stages()) {
            labelWidth = Math.max(labelWidth, width(time.stage().label()));
        }
        for (Count count : summary.counts().keySet()) {
            labelWidth = Math.max(labelWidth, width(count.label()));
        }
        List<String> lines = new ArrayList<>();
        if (!summary.stages().isEmpty()) {
            boolean pooled = summary.stages().stream().anyMatch(t -> t.tasks() > 0);
            List<List<String>> rows = new ArrayList<>();
            for (BuildSummary.StageTime time : summary.stages()) {
                rows.add(pooled
                        ? List.of(time.stage().label(), millis(time.wall()), time.tasks() > 0 ? millis(time.busy()) : "")
                        : List.of(time.stage().label(), millis(time.wall())));
            }
            table(pooled ? List.of("用时", "线程合计") : List.of("用时"), rows, labelWidth, lines);
        }
        if (!summary.counts().isEmpty()) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            List<List<String>> rows = new ArrayList<>();
            for (Map.Entry<Count, Long> count : summary.counts().entrySet()) {
                rows.add(List.of(count.getKey().label(), number(count.getValue())));
            }
            table(List.of("数量"), rows, labelWidth, lines);
        }
        if (!lines.isEmpty()) {
            lines.add("");
        }
        lines.add("总用时 " + millis(summary.total()));
        return lines;
    }

    /** The summary as one text, each line ended by {@code \n}. */
    public static String format(BuildSummary summary) {
        return String.join("\n", lines(summary)) + "\n";
    }

    /** Labels left-aligned after two spaces, values right-aligned, headers left-aligned as in Hugo. */
    private static void table(List<String> headers, List<List<String>> rows, int labelWidth, List<String> lines) {
        int[] widths = new int[headers.size()];
        for (int c = 0; c < headers.size(); c++) {
            widths[c] = width(headers.get(c));
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], width(row.get(c + 1)));
            }
        }
        StringBuilder header = new StringBuilder(" ".repeat(labelWidth + 3));
        StringBuilder rule = new StringBuilder("-".repeat(labelWidth + 3));
        for (int c = 0; c < headers.size(); c++) {
            header.append("| ").append(headers.get(c)).append(" ".repeat(widths[c] - width(headers.get(c)) + 1));
            rule.append('+').append("-".repeat(widths[c] + 2));
        }
        lines.add(header.toString().stripTrailing());
        lines.add(rule.toString());
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder("  ").append(row.get(0))
                    .append(" ".repeat(labelWidth - width(row.get(0)) + 1));
            for (int c = 0; c < headers.size(); c++) {
                String value = row.get(c + 1);
                line.append("| ").append(" ".repeat(widths[c] - width(value))).append(value).append(' ');
            }
            lines.add(line.toString().stripTrailing());
        }
    }

    /** Milliseconds, rounded, grouped by thousands: {@code 12,345 ms}. */
    static String millis(Duration duration) {
        return number((duration.toNanos() + 500_000) / 1_000_000) + " ms";
    }

    /** Grouped by thousands with commas whatever the JVM's locale: {@code 16,645}. */
    static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** Columns a terminal gives the text: two for each East Asian wide character, one for others. */
    static int width(String text) {
        return text.codePoints().map(c -> wide(c) ? 2 : 1).sum();
    }

    private static boolean wide(int c) {
        return c >= 0x1100 && c <= 0x115F
                || c >= 0x2E80 && c <= 0xA4CF && c != 0x303F
                || c >= 0xAC00 && c <= 0xD7A3
                || c >= 0xF900 && c <= 0xFAFF
                || c >= 0xFE30 && c <= 0xFE4F
                || c >= 0xFF00 && c <= 0xFF60
                || c >= 0xFFE0 && c <= 0xFFE6
                || c >= 0x20000 && c <= 0x3FFFD;
    }
}
