package org.opendisclosure.fidelity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the department budget (seed 001): the eight tables by classification code, the budget units, the
 * glossary (名词解释), procurement and performance figures, and the key project's section with its indicator table.
 * Every figure is turned into a {@link Claim} by asking {@link BudgetFigures} what the content makes of it.
 */
final class BudgetTablesReader {

    /** The tables by their title line; the column order is the one printed under each title. */
    enum Table {
        INCOME("2019年部门收入预算总表", "收入预算总表", "income", "total", "fiscal", "business_income", "operating_income",
                "other_income"),
        EXPENDITURE("2019年部门支出预算总表", "支出预算总表", "expenditure", "total", "basic", "project"),
        GENERAL_BUDGET("2019年部门一般公共预算支出功能分类预算表", "一般公共预算支出功能分类预算表",
                "general_budget", "general_budget_total", "general_budget_basic", "general_budget_project"),
        GOVERNMENT_FUND("2019年部门政府性基金预算支出功能分类预算表", "政府性基金预算支出功能分类预算表",
                "government_fund", "government_fund_total", "government_fund_basic", "government_fund_project"),
        ECONOMIC("2019年部门一般公共预算基本支出部门预算经济分类预算表", "经济分类预算表", null, "total", "personnel",
                "office");

        final String title;
        final String shortName;
        /** The key of the table under a row's {@code printed_names}. */
        final String namedTable;
        final List<String> columns;

        Table(String title, String shortName, String namedTable, String... columns) {
            this.title = title;
            this.shortName = shortName;
            this.namedTable = namedTable;
            this.columns = List.of(columns);
        }
    }

    private static final Pattern ORDINAL = Pattern.compile("^(?:[一二三四五六七八九十]+、|\\d+\\.\\s*)");
    private static final Pattern GLOSSARY_TERM = Pattern.compile("^（[一二三四五六七八九十]+）([^：]+)：");
    private static final Pattern WAN_YUAN = Pattern.compile("[\\d,]+(?:\\.\\d+)?万元");

    private BudgetTablesReader() {
    }

    static List<Claim> claims(SeedText seed, BudgetFigures figures) {
        List<Claim> claims = new ArrayList<>();
        financialSummary(seed, figures, claims);
        codeTables(seed, figures, claims);
        threePublic(seed, figures, claims);
        textFigures(seed, figures, claims);
        units(seed, figures, claims);
        glossary(seed, figures, claims);
        keyProject(seed, figures, claims);
        return claims;
    }

    /** 部门财务收支预算总表: income by source on the left, spending by 类 (named, not coded) on the right. */
    private static void financialSummary(SeedText seed, BudgetFigures figures, List<Claim> claims) {
        int start = seed.findLine(1, "2019年部门财务收支预算总表");
        int end = seed.findLine(start, "2019年部门收入预算总表");
        for (int n = start; n < end; n++) {
            List<String> cells = seed.cells(n);
            for (int c = 0; c + 1 < cells.size(); c += 2) {
                String label = cells.get(c);
                BigDecimal value = PublishedForm.money(cells.get(c + 1));
                if (label.isEmpty() || (value == null && !cells.get(c + 1).isEmpty())
                        || label.equals("项目") || label.equals("本年收入") || label.equals("本年支出")) {
                    continue;
                }
                String plain = ORDINAL.matcher(label).replaceFirst("");
                claims.add(figure(seed, n, "财务收支预算总表 " + label, zero(value), figures.summary(plain)));
            }
        }
    }

    /** The tables printed by classification code (收入, 支出, 一般公共预算, 政府性基金, 经济分类). */
    private static void codeTables(SeedText seed, BudgetFigures figures, List<Claim> claims) {
        Table table = null;
        boolean hasNames = true;
        for (int n = 1; n <= seed.lineCount(); n++) {
            String line = seed.line(n).strip();
            for (Table candidate : Table.values()) {
                if (line.equals(candidate.title)) {
                    table = candidate;
                }
            }
            if (table == null) {
                continue;
            }
            List<String> cells = seed.cells(n);
            if (cells.get(0).contains("科目编码")) {
                hasNames = cells.stream().anyMatch(cell -> cell.contains("科目名称"));
                continue;
            }
            boolean economic = table == Table.ECONOMIC;
            int codeColumns = economic ? 2 : 3;
            if (cells.get(0).equals("合计")) {
                compareAmounts(seed, n, table, "", "合计", cells, codeColumns + 1, figures, claims);
                table = null;
                continue;
            }
            if (!cells.get(0).matches("\\d{3}")) {
                continue;
            }
            String code = String.join("", cells.subList(0, codeColumns));
            int firstAmount = codeColumns;
            if (hasNames) {
                String printed = cells.get(codeColumns);
                claims.add(new Claim(seed.file(), n, table.shortName + " " + code + " 科目名称", printed,
                        figures.shownName(table, code)));
                firstAmount++;
            }
            compareAmounts(seed, n, table, code, code, cells, firstAmount, figures, claims);
        }
    }

    /** The amounts of one row; {@code code} is the code prefix the row sums ("" for 合计). */
    private static void compareAmounts(SeedText seed, int line, Table table, String code, String row,
            List<String> cells, int firstAmount, BudgetFigures figures, List<Claim> claims) {
        for (int i = 0; i < table.columns.size(); i++) {
            int column = firstAmount + i;
            String cell = column < cells.size() ? cells.get(column) : "";
            String label = table.shortName + " " + row + " " + table.columns.get(i);
            claims.add(figure(seed, line, label, zero(PublishedForm.money(cell)),
                    figures.cell(table, code, table.columns.get(i))));
        }
    }

    /** 部门“三公”经费和机关运行经费预算表 (万元): the row of figures under the header. */
    private static void threePublic(SeedText seed, BudgetFigures figures, List<Claim> claims) {
        int header = seed.findLine(1, "部门“三公”经费和机关运行经费预算表");
        for (int n = header; n < header + 12; n++) {
            List<String> filled = seed.filledCells(n);
            if (filled.size() == 7 && filled.stream().allMatch(cell -> PublishedForm.money(cell) != null)) {
                String[] keys = {"total", "overseas", "reception", "vehicles_subtotal", "vehicle_purchase",
                    "vehicle_operation", "operating_costs"};
                for (int i = 0; i < keys.length; i++) {
                    claims.add(figure(seed, n, "三公经费 " + keys[i], PublishedForm.money(filled.get(i)),
                            figures.threePublic(keys[i])));
                }
                return;
            }
        }
        throw new IllegalStateException(seed.at(header) + ": no row of 三公 figures under the title");
    }

    /** Figures printed in sentences: 政府采购 and 绩效目标设置情况. */
    private static void textFigures(SeedText seed, BudgetFigures figures, List<Claim> claims) {
        String[][] patterns = {
            {"政府采购预算([\\d.]+)万元", "procurement.total"},
            {"政府采购货物预算([\\d.]+)万元", "procurement.goods"},
            {"政府采购工程预算([\\d.]+)万元", "procurement.works"},
            {"政府采购服务预算([\\d.]+)万元", "procurement.services"},
            {"面向中小企业预留政府采购项目预算金额([\\d.]+)万元", "procurement.sme_reserved"},
            {"预留给小型和微型企业的政府采购项目预算为([\\d.]+)万元", "procurement.small_micro_reserved"},
            {"本部门(\\d+)个预算单位", "performance.units"},
            {"编报绩效目标的项目(\\d+)个", "performance.projects"},
            {"涉及项目预算资金([\\d.]+)万元", "performance.funds"},
        };
        for (String[] pattern : patterns) {
            Pattern regex = Pattern.compile(pattern[0]);
            int found = 0;
            for (int n = 1; n <= seed.lineCount(); n++) {
                Matcher matcher = regex.matcher(seed.line(n));
                if (matcher.find()) {
                    found = n;
                    claims.add(figure(seed, n, pattern[1], new BigDecimal(matcher.group(1)),
                            figures.textFigure(pattern[1])));
                }
            }
            if (found == 0) {
                throw new IllegalStateException(seed.file() + ": no line matches " + pattern[0]);
            }
        }
    }

    /** 部门机构设置: the numbered list of budget units. */
    private static void units(SeedText seed, BudgetFigures figures, List<Claim> claims) {
        int start = seed.findLine(1, "上海市人力资源和社会保障局机构设置");
        int end = seed.findLine(start, "名词解释");
        Pattern item = Pattern.compile("^- \\d+、(.+)$");
        for (int n = start; n < end; n++) {
            Matcher matcher = item.matcher(seed.line(n).strip());
            if (matcher.matches()) {
                String name = matcher.group(1).strip();
                claims.add(new Claim(seed.file(), n, "预算单位", name, figures.hasUnit(name) ? name : null));
            }
        }
    }

    /** 名词解释: each term's paragraph, word for word. */
    private static void glossary(SeedText seed, BudgetFigures figures, List<Claim> claims) {
        int start = seed.findLine(1, "名词解释");
        int end = seed.findLine(start, "2019年部门预算编制说明");
        for (int n = start + 1; n < end; n++) {
            String paragraph = seed.line(n).strip();
            Matcher term = GLOSSARY_TERM.matcher(paragraph);
            if (term.find()) {
                claims.add(new Claim(seed.file(), n, "名词解释 " + term.group(1), paragraph,
                        figures.glossaryParagraph(term.group(0))));
            } else if (!paragraph.isEmpty()) {
                throw new IllegalStateException(seed.at(n) + ": glossary line without a （…）term：");
            }
        }
    }

    /** 12333 项目经费情况说明: the amounts of its 年度预算安排 and its 绩效目标 table. */
    private static void keyProject(SeedText seed, BudgetFigures figures, List<Claim> claims) {
        int nameLine = seed.findLine(seed.findLine(1, "上海市财政支出项目绩效目标"), "项目名称");
        String name = seed.filledCells(nameLine).get(1);
        int budgetStart = seed.findLine(1, "六、年度预算安排");
        int budgetEnd = seed.findLine(budgetStart, "七、绩效目标");
        for (int n = budgetStart; n < budgetEnd; n++) {
            Matcher amount = WAN_YUAN.matcher(seed.line(n));
            while (amount.find()) {
                claims.add(new Claim(seed.file(), n, "重点项目 " + name + " 年度预算安排", amount.group(),
                        figures.keyProjectText(name).contains(amount.group()) ? amount.group() : null));
            }
        }
        int header = ProjectFormReader.headerLine(seed, nameLine, seed.lineCount() + 1);
        List<PublishedIndicator> rows = IndicatorTableReader.read(seed, header,
                IndicatorTableReader.end(seed, header));
        claims.addAll(IndicatorRows.compare(seed, nameLine, "重点项目 " + name, rows, figures.keyProjectRows(name)));
    }

    private static Claim figure(SeedText seed, int line, String what, BigDecimal published, BigDecimal inContent) {
        return new Claim(seed.file(), line, what, plain(published), inContent == null ? null : plain(inContent));
    }

    static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    private static BigDecimal zero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
