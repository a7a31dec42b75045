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
 * Reads a 2019 performance-target form (上海市财政支出项目绩效目标申报表, 2019 年) from a sheet as a person
 * reads the printed form: 申报单位名称 on its line under the title; each value right of its label
 * (项目名称, 开始时间, 项目概况, 项目总预算（元）…); 项目类型 and 资金用途 as rows of options of which one is
 * ticked ({@code ☑ 经常性专项业务费 □ 其他经常性项目}); the sub-projects under their heading row
 * (子项目名称 | 预算金额（元）); and the 分解目标 table under its heading row, with three levels (一级指标 |
 * 二级指标 | 三级指标 | 指标目标值) or two (分解目标内容 | 绩效指标 | 指标目标值), merged cells or blank ones
 * meaning "as above". Amounts in 万元 (the heading says so) are converted exactly.
 */
public final class ProjectForm2019Reader {

    private static final String TITLE = "上海市财政支出项目绩效目标申报表";
    /** The year line under the title, {@code (2019年)}, alone in its cell (a project's name may hold a year too). */
    private static final Pattern YEAR = Pattern.compile("\\(?(20\\d{2})年度?\\)?");
    private static final Pattern DATE = Pattern.compile("(\\d{4})[-./年](\\d{1,2})(?:[-./月](\\d{1,2})日?)?月?");
    /** What marks a ticked box in exports: the box characters and check marks. */
    private static final String TICKS = "☑☒■▣√✓✔";
    private static final Map<String, String> PROSE = linked("项目概况", "overview", "立项依据", "basis",
            "项目设立的必要性", "necessity", "保证项目实施的制度、措施", "safeguards", "项目实施计划", "plan");
    private static final Map<String, String> FUNDING = linked("项目总预算", "project_total", "项目当年预算",
            "annual_total", "同名项目上年预算额", "prior_year_budget", "同名项目上年预算执行数", "prior_year_execution");
    private static final List<String> LABELS = List.of("申报单位名称", "项目名称", "项目类型", "资金用途", "开始时间",
            "结束时间", "项目概况", "立项依据", "项目设立的必要性", "保证项目实施的制度、措施", "项目总预算", "项目当年预算",
            "同名项目上年预算额", "同名项目上年预算执行数", "项目当年投入资金构成", "子项目名称", "预算金额", "项目实施计划",
            "项目总目标", "年度绩效目标", "分解目标", "备注");

    private final List<String> natures;
    private final List<String> purposes;

    /**
     * @param natures  the 项目类型 options of the 2019 form, as the content format spells them
     * @param purposes the 资金用途 options
     */
    public ProjectForm2019Reader(List<String> natures, List<String> purposes) {
        this.natures = List.copyOf(natures);
        this.purposes = List.copyOf(purposes);
    }

    /** Whether the sheet is a 2019 form: its title, and the 项目类型 or 资金用途 label only that form has. */
    public static boolean isForm2019(SheetGrid grid) {
        boolean title = false;
        boolean label = false;
        for (int r = 0; r < Math.min(grid.rowCount(), 12); r++) {
            for (GridCell cell : grid.row(r)) {
                String text = HeaderText.normal(cell.text());
                title |= text.contains(TITLE);
                label |= text.equals("项目类型") || text.equals("资金用途");
            }
        }
        return title && label;
    }

    /** Reads the form; what cannot be read is added to {@code problems}. */
    public ImportedProject2019 read(SheetGrid grid, List<Problem> problems) {
        int year = 0;
        String unit = "";
        Map<String, String> cells = new LinkedHashMap<>();
        for (int r = 0; r < Math.min(grid.rowCount(), 8); r++) {
            for (GridCell cell : grid.row(r)) {
                String text = HeaderText.normal(cell.text());
                Matcher m = YEAR.matcher(text);
                if (year == 0 && m.matches()) {
                    year = Integer.parseInt(m.group(1));
                }
                if (text.startsWith("申报单位名称") && unit.isEmpty()) {
                    String after = cell.text().strip().replaceFirst("^申报单位名称\\s*[:：]?\\s*", "");
                    GridCell value = after.isEmpty() ? right(grid, cell) : cell;
                    if (value != null) {
                        unit = after.isEmpty() ? value.text().strip() : after;
                        cells.put("unit", grid.reference(value.row(), value.column()));
                    }
                }
            }
        }
        String name = value(grid, "项目名称", cells, "name");
        String nature = ticked(grid, "项目类型", natures, problems);
        String purpose = ticked(grid, "资金用途", purposes, problems);
        String start = date(grid, "开始时间", cells, "period.start", problems);
        String end = date(grid, "结束时间", cells, "period.end", problems);
        Map<String, String> prose = new LinkedHashMap<>();
        PROSE.forEach((label, key) -> {
            String text = value(grid, label, cells, key);
            if (!text.isEmpty()) {
                prose.put(key, text);
            }
        });
        Map<String, BigDecimal> funding = new LinkedHashMap<>();
        FUNDING.forEach((label, key) -> {
            GridCell labelCell = labelStartingWith(grid, label);
            GridCell value = right(grid, labelCell);
            if (value != null) {
                BigDecimal amount = amount(grid, value, inWan(labelCell), problems);
                if (amount != null) {
                    funding.put(key, amount);
                    cells.put("funding." + key, grid.reference(value.row(), value.column()));
                }
            }
        });
        List<ImportedProject2019.SubProject> subprojects = subprojects(grid, cells, problems);
        String overall = value(grid, "项目总目标", cells, "goals.overall");
        String annual = value(grid, "年度绩效目标", cells, "goals.annual");
        Indicators indicators = indicators(grid, cells);
        String remarks = value(grid, "备注", cells, "remarks");
        if (unit.isEmpty() || name.isEmpty()) {
            problems.add(new Problem(Severity.ERROR, ProblemCodes.WORKBOOK_VALUE,
                    SourcePosition.cell(grid.workbook(), grid.name(), ""), "", "",
                    "申报表上没有找到“" + (unit.isEmpty() ? "申报单位名称" : "项目名称") + "”或它的内容。"));
        }
        return new ImportedProject2019(year, unit, name, nature, purpose, start, end, prose, funding, subprojects,
                overall, annual, indicators.threeLevel(), indicators.rows(), remarks, cells);
    }

    /** The one option of {@code options} ticked in the rows of {@code label}, or empty when none is. */
    private static String ticked(SheetGrid grid, String label, List<String> options, List<Problem> problems) {
        GridCell labelCell = ProjectFormReader.find(grid, label, 0);
        if (labelCell == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (int r = labelCell.row(); r < grid.rowCount(); r++) {
            GridCell left = grid.at(r, labelCell.column());
            if (r > labelCell.row() && left != null && !(left.merged() && left.text().equals(labelCell.text()))) {
                break;
            }
            grid.row(r).stream().filter(c -> c.column() > labelCell.column()).forEach(c -> text.append(' ').append(c.text()));
        }
        String printed = HeaderText.normal(text.toString());
        List<String> found = new ArrayList<>();
        for (String option : options) {
            int at = printed.indexOf(HeaderText.normal(option));
            if (at > 0 && TICKS.indexOf(printed.charAt(at - 1)) >= 0) {
                found.add(option);
            }
        }
        if (found.size() > 1) {
            problems.add(new Problem(Severity.ERROR, ProblemCodes.WORKBOOK_VALUE, position(grid, labelCell), "", "",
                    "“" + label + "”一栏勾选了 " + found.size() + " 项（" + String.join("、", found) + "），应只勾选一项。"));
            return "";
        }
        if (found.isEmpty()) {
            problems.add(new Problem(Severity.WARNING, ProblemCodes.WORKBOOK_VALUE, position(grid, labelCell), "", "",
                    "“" + label + "”一栏没有勾选任何一项（勾选用 ☑ 或 √ 写在选项前），导入的文件里没有这一项。"));
            return "";
        }
        return found.get(0);
    }

    private static String date(SheetGrid grid, String label, Map<String, String> cells, String key,
            List<Problem> problems) {
        GridCell value = right(grid, ProjectFormReader.find(grid, label, 0));
        if (value == null) {
            return "";
        }
        Matcher m = DATE.matcher(HeaderText.normal(value.text()));
        if (!m.matches()) {
            problems.add(new Problem(Severity.ERROR, ProblemCodes.WORKBOOK_VALUE, position(grid, value), "", "",
                    "应为日期（如 2019-01-01、2019.1.1 或 2019-01），实际为“" + value.text() + "”。"));
            return "";
        }
        cells.put(key, grid.reference(value.row(), value.column()));
        String month = m.group(1) + "-" + twoDigits(m.group(2));
        return m.group(3) == null ? month : month + "-" + twoDigits(m.group(3));
    }

    /** The rows under the 子项目名称 | 预算金额 heading, up to the next label; a 合计 row is checked, not imported. */
    private static List<ImportedProject2019.SubProject> subprojects(SheetGrid grid, Map<String, String> cells,
            List<Problem> problems) {
        GridCell nameHeading = ProjectFormReader.find(grid, "子项目名称", 0);
        GridCell amountHeading = nameHeading == null ? null
                : grid.row(nameHeading.row()).stream().filter(c -> HeaderText.normal(c.text()).startsWith("预算金额"))
                        .findFirst().orElse(null);
        List<ImportedProject2019.SubProject> rows = new ArrayList<>();
        if (amountHeading == null) {
            return rows;
        }
        boolean wan = inWan(amountHeading);
        BigDecimal sum = BigDecimal.ZERO;
        for (int r = nameHeading.row() + 1; r < grid.rowCount(); r++) {
            if (grid.row(r).stream().anyMatch(c -> !c.merged() && isLabel(c.text()))) {
                break;
            }
            String name = grid.text(r, nameHeading.column()).strip();
            GridCell amountCell = grid.at(r, amountHeading.column());
            if (name.isEmpty() && amountCell == null) {
                continue;
            }
            BigDecimal amount = amountCell == null ? null : amount(grid, amountCell, wan, problems);
            String normal = HeaderText.normal(name);
            if (normal.equals("合计") || normal.equals("小计") || normal.equals("总计")) {
                if (amount != null && amount.compareTo(sum) != 0) {
                    problems.add(new Problem(Severity.ERROR, ProblemCodes.WORKBOOK_SUBTOTAL, position(grid, amountCell),
                            "", "", "子项目合计为 " + Amounts.yaml(amount) + " 元，各子项目之和为 " + Amounts.yaml(sum)
                                    + " 元：请核对这一行或其上的行。合计行不作为子项目导入。"));
                }
                continue;
            }
            if (amount != null) {
                sum = sum.add(amount);
                cells.put("subprojects[" + rows.size() + "].amount", grid.reference(r, amountHeading.column()));
            }
            rows.add(new ImportedProject2019.SubProject(name, amount));
        }
        return rows;
    }

    private record Indicators(boolean threeLevel, List<ImportedProject.Level1> rows) {
    }

    /** The 分解目标 table: three levels under 一级指标 | 二级指标 | 三级指标, or two under 分解目标内容 | 绩效指标. */
    private static Indicators indicators(SheetGrid grid, Map<String, String> cells) {
        GridCell level1Heading = ProjectFormReader.find(grid, "一级指标", 0);
        boolean threeLevel = level1Heading != null;
        if (!threeLevel) {
            level1Heading = ProjectFormReader.find(grid, "分解目标内容", 0);
        }
        if (level1Heading == null) {
            return new Indicators(true, List.of());
        }
        int heading = level1Heading.row();
        GridCell level2Heading = threeLevel ? ProjectFormReader.find(grid, "二级指标", heading) : null;
        GridCell nameHeading = ProjectFormReader.find(grid, threeLevel ? "三级指标" : "绩效指标", heading);
        GridCell targetHeading = grid.row(heading).stream()
                .filter(c -> HeaderText.normal(c.text()).contains("指标目标值") || HeaderText.normal(c.text()).contains("指标值"))
                .findFirst().orElse(null);
        if (nameHeading == null || targetHeading == null || threeLevel && level2Heading == null) {
            return new Indicators(threeLevel, List.of());
        }
        List<ImportedProject.Level1> result = new ArrayList<>();
        String level1 = null;
        String level2 = "";
        for (int r = heading + 1; r < grid.rowCount(); r++) {
            String first = HeaderText.normal(grid.text(r, 0));
            if (first.equals("备注") || HeaderText.normal(grid.text(r, level1Heading.column())).equals("备注")
                    || first.startsWith("注:")) {
                break;
            }
            String a = grid.text(r, level1Heading.column()).strip();
            String b = threeLevel ? grid.text(r, level2Heading.column()).strip() : "";
            String item = grid.text(r, nameHeading.column()).strip();
            String target = grid.text(r, targetHeading.column()).strip();
            if (a.isEmpty() && b.isEmpty() && item.isEmpty() && target.isEmpty()) {
                continue;
            }
            boolean newLevel1 = level1 == null || !a.isEmpty() && !a.equals(level1);
            level1 = a.isEmpty() && level1 != null ? level1 : a;
            boolean newLevel2 = newLevel1 || !b.isEmpty() && !b.equals(level2);
            level2 = b.isEmpty() && !newLevel1 ? level2 : b;
            if (newLevel1) {
                result.add(new ImportedProject.Level1(level1, new ArrayList<>()));
            }
            List<ImportedProject.Level2> groups = result.get(result.size() - 1).groups();
            if (newLevel2 || groups.isEmpty()) {
                groups.add(new ImportedProject.Level2(level2, new ArrayList<>()));
            }
            if (item.isEmpty() && target.isEmpty()) {
                continue; // a 二级指标 printed without rows: kept as a group with none
            }
            List<ImportedProject.Item> items = groups.get(groups.size() - 1).items();
            String path = "indicators[" + (result.size() - 1) + "]"
                    + (threeLevel ? ".groups[" + (groups.size() - 1) + "]" : "") + ".items[" + items.size() + "]";
            String cell = grid.reference(r, targetHeading.column());
            cells.put(path + ".target", cell);
            items.add(new ImportedProject.Item(item, target, cell));
        }
        return new Indicators(threeLevel, result);
    }

    /** The text right of {@code label} (matched exactly), before the next label; empty when there is none. */
    private static String value(SheetGrid grid, String label, Map<String, String> cells, String key) {
        return ProjectFormReader.value(grid, label, cells, key, ProjectForm2019Reader::isLabel);
    }

    private static GridCell right(SheetGrid grid, GridCell label) {
        return ProjectFormReader.right(grid, label, ProjectForm2019Reader::isLabel);
    }

    /** A label followed by its unit: {@code 项目总预算（元）}, {@code 项目总预算 (万元)}. */
    private static GridCell labelStartingWith(SheetGrid grid, String label) {
        String wanted = HeaderText.normal(label);
        for (int r = 0; r < grid.rowCount(); r++) {
            for (GridCell cell : grid.row(r)) {
                String text = HeaderText.normal(cell.text());
                if (!cell.merged() && text.startsWith(wanted)
                        && text.substring(wanted.length()).matches("(\\((万)?元\\))?")) {
                    return cell;
                }
            }
        }
        return null;
    }

    private static boolean inWan(GridCell heading) {
        return heading != null && HeaderText.normal(heading.text()).contains("万元");
    }

    private static BigDecimal amount(SheetGrid grid, GridCell cell, boolean wan, List<Problem> problems) {
        BigDecimal amount = Amounts.of(cell);
        if (amount == null) {
            problems.add(new Problem(Severity.ERROR, ProblemCodes.WORKBOOK_VALUE, position(grid, cell), "", "",
                    "应为金额（" + (wan ? "万元，如 5,231.52" : "元，如 71,387,200") + "），实际为“" + cell.text() + "”。"));
            return null;
        }
        return wan ? Amounts.wanToYuan(amount) : Amounts.strip(amount);
    }

    private static boolean isLabel(String text) {
        String normal = HeaderText.normal(text);
        return LABELS.stream().map(HeaderText::normal)
                .anyMatch(l -> normal.equals(l) || normal.startsWith(l) && normal.substring(l.length()).matches("\\((万)?元\\)"));
    }

    private static SourcePosition position(SheetGrid grid, GridCell cell) {
        return SourcePosition.cell(grid.workbook(), grid.name(),
                grid.reference(cell.row(), cell.column()).substring(grid.name().length() + 1));
    }

    private static String twoDigits(String number) {
        return number.length() == 1 ? "0" + number : number;
    }

    private static Map<String, String> linked(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
