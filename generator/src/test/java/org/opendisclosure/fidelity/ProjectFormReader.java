package org.opendisclosure.fidelity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads every project form of a seed text: the 2024 layout (财政项目支出绩效目标申报表, seeds 000 and 004) and
 * the 2019 layout (上海市财政支出项目绩效目标申报表, seeds 002 and 003). A form runs from its 项目名称 line to the
 * next one.
 */
final class ProjectFormReader {

    /** 2024 amount labels → content key; 其他资金 is printed twice and handled by position. */
    private static final Map<String, String> LABELS_2024 = Map.of(
            "项目资金总额", "project_total",
            "其中：财政资金", "project_fiscal",
            "年度资金申请总额", "annual_total",
            "其中：当年财政拨款", "appropriation",
            "上年结转资金", "carried_over");

    private static final Map<String, String> LABELS_2019 = Map.of(
            "项目总预算（元）", "project_total",
            "项目当年预算（元）", "annual_total",
            "同名项目上年预算额（元）", "prior_year_budget",
            "同名项目上年预算执行数（元）", "prior_year_execution");

    private ProjectFormReader() {
    }

    static List<PublishedForm> read(SeedText seed, int year) {
        List<Integer> starts = new ArrayList<>();
        for (int n = seed.findLine(1, "项目名称"); n != 0; n = seed.findLine(n + 1, "项目名称")) {
            starts.add(n);
        }
        List<PublishedForm> forms = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int start = starts.get(i);
            int end = i + 1 < starts.size() ? starts.get(i + 1) : seed.lineCount() + 1;
            forms.add(year == 2024 ? read2024(seed, start, end) : read2019(seed, start, end));
        }
        return forms;
    }

    private static PublishedForm read2024(SeedText seed, int start, int end) {
        String name = seed.filledCells(start).get(1);
        String unit = next(seed.cells(start + 1), "实施单位");
        int header = headerLine(seed, start, end);
        List<PublishedForm.Amount> amounts = new ArrayList<>();
        for (int n = start; n < header; n++) {
            List<String> cells = seed.cells(n);
            int lastOther = cells.lastIndexOf("其他资金");
            for (int c = 0; c < cells.size(); c++) {
                String label = cells.get(c);
                String key = "其他资金".equals(label) ? (c == lastOther ? "other" : "project_other")
                        : LABELS_2024.get(label);
                addAmount(amounts, n, key, label, cells, c);
            }
        }
        return new PublishedForm(seed, start, 2024, name, unit, amounts, List.of(),
                IndicatorTableReader.read(seed, header, Math.min(end, IndicatorTableReader.end(seed, header))));
    }

    private static PublishedForm read2019(SeedText seed, int start, int end) {
        String name = seed.filledCells(start).get(1);
        String unit = null;
        for (int n = start; n > 0 && unit == null; n--) {
            String line = seed.line(n).strip();
            if (line.startsWith("申报单位名称：")) {
                unit = line.substring("申报单位名称：".length()).replace("（盖章）", "").strip();
            }
        }
        int header = headerLine(seed, start, end);
        List<PublishedForm.Amount> amounts = new ArrayList<>();
        List<PublishedForm.SubProjectLine> subprojects = new ArrayList<>();
        boolean inSubprojects = false;
        for (int n = start; n < header; n++) {
            List<String> cells = seed.cells(n);
            for (int c = 0; c < cells.size(); c++) {
                addAmount(amounts, n, LABELS_2019.get(cells.get(c)), cells.get(c), cells, c);
            }
            List<String> filled = seed.filledCells(n).stream()
                    .filter(cell -> !SeedText.squeeze(cell).equals("项目当年投入资金构成")).toList();
            if (filled.contains("子项目名称")) {
                inSubprojects = true;
            } else if (!filled.isEmpty() && filled.get(0).equals("项目实施计划")) {
                inSubprojects = false;
            } else if (inSubprojects && filled.size() == 2 && PublishedForm.money(filled.get(1)) != null) {
                subprojects.add(new PublishedForm.SubProjectLine(n, filled.get(0), PublishedForm.money(filled.get(1))));
            } else if (inSubprojects && !filled.isEmpty()) {
                throw new IllegalStateException(seed.at(n) + ": sub-project line not of the form name, amount");
            }
        }
        return new PublishedForm(seed, start, 2019, name, unit, amounts, subprojects,
                IndicatorTableReader.read(seed, header, Math.min(end, IndicatorTableReader.end(seed, header))));
    }

    /** The amount printed in the first filled cell after a label, unless that cell is another label. */
    private static void addAmount(List<PublishedForm.Amount> amounts, int line, String key, String label,
            List<String> cells, int labelColumn) {
        if (key == null) {
            return;
        }
        String value = next(cells, labelColumn);
        BigDecimal amount = value == null ? null : PublishedForm.money(value);
        if (amount != null) {
            amounts.add(new PublishedForm.Amount(line, key, label, amount));
        }
    }

    private static String next(List<String> cells, String label) {
        int at = cells.indexOf(label);
        return at < 0 ? null : next(cells, at);
    }

    private static String next(List<String> cells, int after) {
        for (int c = after + 1; c < cells.size(); c++) {
            if (!cells.get(c).isEmpty()) {
                return cells.get(c);
            }
        }
        return null;
    }

    /** The indicator table's header: 一级指标 (three levels) or 分解目标内容 (two levels). */
    static int headerLine(SeedText seed, int start, int end) {
        for (int n = start; n < end; n++) {
            List<String> filled = seed.filledCells(n);
            if (filled.contains("一级指标") || filled.contains("分解目标内容")) {
                return n;
            }
        }
        throw new IllegalStateException(seed.at(start) + ": form without an indicator table");
    }
}
