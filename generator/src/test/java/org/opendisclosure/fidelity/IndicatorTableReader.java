package org.opendisclosure.fidelity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an indicator table (分解目标 / 绩效指标) of either form from its header line to its end.
 *
 * <p>Cells are told apart by the forms' fixed level names rather than by column, because the PDF extraction
 * shifts cells left or right across page breaks. A blank level cell repeats the level above it, as on the
 * printed form. What is left of a row is its 三级指标 and target (two cells) or a target under a blank 三级指标
 * (one cell). Where a page break has separated rows from their level cells, {@link LayoutReadings} gives the
 * levels explicitly, line by line, with the reason.
 */
final class IndicatorTableReader {

    /** Labels of the form's left margin, printed in the table's first column or on lines of their own. */
    private static final Set<String> MARGIN_LABELS = Set.of("绩效指标", "绩效", "指标", "目标", "项目", "项目绩效目标");

    private static final Pattern LATEX = Pattern.compile("\\$([^$]*)\\$");

    private IndicatorTableReader() {
    }

    /** The rows between {@code header} (the 一级指标 / 分解目标内容 line) and {@code end} (exclusive). */
    static List<PublishedIndicator> read(SeedText seed, int header, int end) {
        List<PublishedIndicator> rows = new ArrayList<>();
        String level1 = null;
        String level2 = null;
        for (int n = header + 1; n < end; n++) {
            String rowLevel1 = null;
            String rowLevel2 = null;
            List<String> rest = new ArrayList<>();
            for (String cell : seed.filledCells(n)) {
                String squeezed = SeedText.squeeze(cell);
                if (MARGIN_LABELS.contains(squeezed) || squeezed.matches("-+")) {
                    continue;
                }
                if (rowLevel1 == null && rowLevel2 == null && rest.isEmpty() && IndicatorLevels.isLevel1(squeezed)) {
                    rowLevel1 = squeezed;
                } else if (rowLevel2 == null && rest.isEmpty() && IndicatorLevels.isLevel2(squeezed)) {
                    rowLevel2 = squeezed;
                } else {
                    rest.add(cell);
                }
            }
            if (rowLevel1 == null && rowLevel2 == null && rest.isEmpty()) {
                continue;
            }
            if (rowLevel1 != null && !rowLevel1.equals(level1)) {
                level1 = rowLevel1;
                if (!IndicatorLevels.belongs(level1, level2)) {
                    level2 = null;
                }
            }
            if (rowLevel2 != null) {
                level2 = rowLevel2;
                if (!IndicatorLevels.belongs(level1, level2)) {
                    level1 = IndicatorLevels.parentOf(level2);
                }
            }
            LayoutReadings.Reading reading = LayoutReadings.at(seed.file(), n);
            if (reading != null) {
                level1 = reading.level1();
                level2 = reading.level2();
            }
            rows.add(switch (rest.size()) {
                case 0 -> new PublishedIndicator(n, level1, level2, null, null);
                case 1 -> new PublishedIndicator(n, level1, level2, null, target(rest.get(0)));
                case 2 -> new PublishedIndicator(n, level1, level2, rest.get(0), target(rest.get(1)));
                default -> throw new IllegalStateException(seed.at(n)
                        + ": indicator row with more than a name and a target; read it by eye: " + rest);
            });
        }
        return rows;
    }

    /**
     * A target as the content is told to write it: LaTeX from the extraction ({@code $\geq 98.00\%$}) is written
     * {@code ≥98.00%} (docs/content-format.md, "Transcribing a published form"); nothing else changes.
     */
    static String target(String cell) {
        Matcher latex = LATEX.matcher(cell);
        StringBuilder out = new StringBuilder();
        while (latex.find()) {
            String plain = latex.group(1).replace("\\geq", "≥").replace("\\leq", "≤").replace("\\%", "%")
                    .replace(" ", "");
            latex.appendReplacement(out, Matcher.quoteReplacement(plain));
        }
        latex.appendTail(out);
        return out.toString();
    }

    /** The line after the table's last row: the 备注 line, the next form, or the end of the text. */
    static int end(SeedText seed, int header) {
        for (int n = header + 1; n <= seed.lineCount(); n++) {
            String squeezed = SeedText.squeeze(seed.line(n)).strip();
            if (squeezed.startsWith("备注") || squeezed.contains("财政项目支出绩效目标申报表")
                    || squeezed.contains("财政支出项目绩效目标申报表") || squeezed.startsWith("项目名称")) {
                return n;
            }
        }
        return seed.lineCount() + 1;
    }
}
