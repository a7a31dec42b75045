package org.opendisclosure.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.opendisclosure.problem.Problem;
import org.opendisclosure.problem.ProblemCodes;
import org.opendisclosure.problem.Severity;
import org.opendisclosure.problem.SourcePosition;

/**
 * Reads a 2024 performance-target form (财政项目支出绩效目标申报表) from a sheet as a person reads the
 * printed form: each value stands right of its label ({@code 项目名称 | 12333 热线咨询平台项目经费}),
 * the two goals under theirs, and the indicator table under its heading row (一级指标 | 二级指标 |
 * 三级指标 | 指标值), with merged 一级/二级 cells, or blank ones meaning "as above". Labels are matched
 * by their wording, with tolerance for spaces and full-width punctuation.
 */
public final class ProjectFormReader {

    private static final Pattern YEAR = Pattern.compile("(20\\d{2})年度");
    private static final List<String> LABELS = List.of("项目名称", "项目性质", "项目类别", "主管部门", "实施单位",
            "计划开始日期", "计划完成日期", "项目资金(元)", "项目资金总额", "其中:财政资金", "其他资金", "年度资金申请总额",
            "其中:当年财政拨款", "上年结转资金", "项目绩效目标", "项目总目标", "年度总体目标", "一级指标", "二级指标",
            "三级指标", "绩效指标", "备注");

    /** Whether the sheet is a 2024 form: its title, and the labels only that form has. */
    public static boolean isForm2024(SheetGrid grid) {
        boolean title = false;
        boolean category = false;
        for (int r = 0; r < Math.min(grid.rowCount(), 12); r++) {
            for (GridCell cell : grid.row(r)) {
                String text = HeaderText.normal(cell.text());
                title |= text.contains("财政项目支出绩效目标申报表");
                category |= text.equals("项目类别");
            }
        }
        return title && category;
    }

    /** Reads the form; what cannot be read is added to {@code problems}. */
    public ImportedProject read(SheetGrid grid, List<Problem> problems) {
        int year = 0;
        for (int r = 0; r < Math.min(grid.rowCount(), 6) && year == 0; r++) {
            for (GridCell cell : grid.row(r)) {
                Matcher m = YEAR.matcher(HeaderText.normal(cell.text()));
                if (m.find()) {
                    year = Integer.parseInt(m.group(1));
                }
            }
        }
        Map<String, String> cells = new LinkedHashMap<>();
        String name = value(grid, "项目名称", cells, "name");
        String nature = value(grid, "项目性质", cells, "nature");
        String category = value(grid, "项目类别", cells, "category");
        String department = value(grid, "主管部门", cells, "department");
        String unit = value(grid, "实施单位", cells, "unit");
        String start = value(grid, "计划开始日期", cells, "period.start");
        String end = value(grid, "计划完成日期", cells, "period.end");
        Map<String, BigDecimal> funding = new LinkedHashMap<>();
        GridCell annualLabel = find(grid, "年度资金申请总额", 0);
        money(grid, funding, cells, problems, "project_total", find(grid, "项目资金总额", 0));
        money(grid, funding, cells, problems, "project_fiscal", find(grid, "其中:财政资金", 0));
        GridCell otherLeft = null;
        GridCell otherRight = null;
        for (GridCell other : findAll(grid, "其他资金")) {
            if (annualLabel != null && other.column() >= annualLabel.column()) {
                otherRight = otherRight == null ? other : otherRight;
            } else {
                otherLeft = otherLeft == null ? other : otherLeft;
            }
        }
        money(grid, funding, cells, problems, "project_other", otherLeft);
        money(grid, funding, cells, problems, "annual_total", annualLabel);
        money(grid, funding, cells, problems, "appropriation", find(grid, "其中:当年财政拨款", 0));
        money(grid, funding, cells, problems, "carried_over", find(grid, "上年结转资金", 0));
        money(grid, funding, cells, problems, "other", otherRight);
        String overall = below(grid, find(grid, "项目总目标", 0));
        String annual = below(grid, find(grid, "年度总体目标", 0));
        String remarks = value(grid, "备注", cells, "remarks");
        List<ImportedProject.Level1> indicators = indicators(grid);
        for (String required : List.of("name", "department", "unit")) {
            if (!cells.containsKey(required)) {
                problems.add(new Problem(Severity.ERROR, ProblemCodes.WORKBOOK_VALUE,
                        SourcePosition.cell(grid.workbook(), grid.name(), ""), "", "",
                        "申报表上没有找到“" + Map.of("name", "项目名称", "department", "主管部门", "unit", "实施单位")
                                .get(required) + "”一栏或它右边的内容。"));
            }
        }
        return new ImportedProject(year, name, nature, category, department, unit, start, end, funding, overall,
                annual, indicators, remarks, cells);
    }

    private static List<ImportedProject.Level1> indicators(SheetGrid grid) {
        GridCell first = find(grid, "一级指标", 0);
        if (first == null) {
            return List.of();
        }
        int row = first.row();
        int level1Column = first.column();
        GridCell second = find(grid, "二级指标", row);
        GridCell third = find(grid, "三级指标", row);
        int targetColumn = -1;
        for (GridCell cell : grid.row(row)) {
            if (HeaderText.normal(cell.text()).contains("指标值")) {
                targetColumn = cell.column();
            }
        }
        if (second == null || third == null || targetColumn < 0) {
            return List.of();
        }
        List<ImportedProject.Level1> result = new ArrayList<>();
        String level1 = "";
        String level2 = "";
        for (int r = row + 1; r < grid.rowCount(); r++) {
            String a = grid.text(r, level1Column);
            if (HeaderText.normal(a).equals("备注") || HeaderText.normal(grid.text(r, 0)).equals("备注")) {
                break;
            }
            String item = grid.text(r, third.column());
            String target = grid.text(r, targetColumn);
            if (item.isEmpty() && target.isEmpty()) {
                continue;
            }
            String b = grid.text(r, second.column()).strip();
            boolean newLevel1 = !a.isEmpty() && !a.strip().equals(level1);
            level1 = a.isEmpty() ? level1 : a.strip();
            level2 = b.isEmpty() && !newLevel1 ? level2 : b;
            if (result.isEmpty() || !result.get(result.size() - 1).name().equals(level1)) {
                result.add(new ImportedProject.Level1(level1, new ArrayList<>()));
            }
            List<ImportedProject.Level2> groups = result.get(result.size() - 1).groups();
            if (groups.isEmpty() || !groups.get(groups.size() - 1).name().equals(level2)) {
                groups.add(new ImportedProject.Level2(level2, new ArrayList<>()));
            }
            groups.get(groups.size() - 1).items().add(new ImportedProject.Item(item.strip(), target.strip(),
                    grid.reference(r, targetColumn)));
        }
        return result;
    }

    /** The text right of {@code label}, before the next label; empty when there is none. */
    private static String value(SheetGrid grid, String label, Map<String, String> cells, String key) {
        return value(grid, label, cells, key, ProjectFormReader::isLabel);
    }

    /**
     * The text right of {@code label} (matched exactly), before the next cell that {@code isLabel}
     * says is a label of the form; empty when there is none. Records the value's cell under {@code key}.
     */
    static String value(SheetGrid grid, String label, Map<String, String> cells, String key,
            java.util.function.Predicate<String> isLabel) {
        GridCell value = right(grid, find(grid, label, 0), isLabel);
        if (value == null) {
            return "";
        }
        cells.put(key, grid.reference(value.row(), value.column()));
        return value.text().strip();
    }

    private static GridCell right(SheetGrid grid, GridCell label) {
        return right(grid, label, ProjectFormReader::isLabel);
    }

    /** The first cell right of {@code label} on its row (not the label's own merged cells), or null at a label. */
    static GridCell right(SheetGrid grid, GridCell label, java.util.function.Predicate<String> isLabel) {
        if (label == null) {
            return null;
        }
        for (GridCell cell : grid.row(label.row())) {
            if (cell.column() <= label.column() || cell.merged() && cell.text().equals(label.text())) {
                continue;
            }
            return isLabel.test(cell.text()) ? null : cell;
        }
        return null;
    }

    private static void money(SheetGrid grid, Map<String, BigDecimal> funding, Map<String, String> cells,
            List<Problem> problems, String key, GridCell label) {
        GridCell value = right(grid, label);
        if (value == null) {
            return;
        }
        BigDecimal amount = Amounts.of(value);
        if (amount == null) {
            problems.add(new Problem(Severity.ERROR, ProblemCodes.WORKBOOK_VALUE, SourcePosition.cell(grid.workbook(),
                    grid.name(), grid.reference(value.row(), value.column()).substring(grid.name().length() + 1)), "", "",
                    "应为金额（元，如 73,985,000.40），实际为“" + value.text() + "”。"));
            return;
        }
        funding.put(key, amount.setScale(Math.max(2, amount.scale())));
        cells.put("funding." + key, grid.reference(value.row(), value.column()));
    }

    /** The first non-empty cell below {@code label} in its column that is not a label: a goal's text. */
    private static String below(SheetGrid grid, GridCell label) {
        if (label == null) {
            return "";
        }
        for (int r = label.row() + 1; r < Math.min(grid.rowCount(), label.row() + 4); r++) {
            GridCell cell = grid.at(r, label.column());
            if (cell != null && !(cell.merged() && cell.text().equals(label.text()))) {
                return isLabel(cell.text()) ? "" : cell.text().strip();
            }
        }
        return "";
    }

    private static boolean isLabel(String text) {
        String normal = HeaderText.normal(text);
        return LABELS.stream().anyMatch(l -> normal.equals(HeaderText.normal(l)));
    }

    static GridCell find(SheetGrid grid, String label, int fromRow) {
        List<GridCell> all = findAll(grid, label);
        return all.stream().filter(c -> c.row() >= fromRow).findFirst().orElse(null);
    }

    /** Cells holding {@code label} itself (not a merged copy), top to bottom, left to right. */
    static List<GridCell> findAll(SheetGrid grid, String label) {
        String wanted = HeaderText.normal(label);
        List<GridCell> found = new ArrayList<>();
        for (int r = 0; r < grid.rowCount(); r++) {
            for (GridCell cell : grid.row(r)) {
                if (!cell.merged() && HeaderText.normal(cell.text()).equals(wanted)) {
                    found.add(cell);
                }
            }
        }
        return found;
    }
}
