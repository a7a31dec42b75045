package org.opendisclosure.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.opendisclosure.address.SiteAddresses;
import org.opendisclosure.derive.CodeRollup;
import org.opendisclosure.derive.DepartmentYear;
import org.opendisclosure.derive.EconomicAmounts;
import org.opendisclosure.derive.FunctionalAmounts;
import org.opendisclosure.model.BudgetRow;
import org.opendisclosure.model.ClassificationCode;
import org.opendisclosure.model.MoneyStyle;
import org.opendisclosure.model.ThreePublicCosts;
import org.opendisclosure.render.DataTable.HeaderCell;
import org.opendisclosure.render.DataTable.TableCell;
import org.opendisclosure.render.DataTable.TableRow;

/**
 * The eight published tables of a department budget, as views of its rows: 类 and 款 subtotals
 * and grand totals are the computed roll-ups, the row order and headings are the published ones.
 * Amounts print as the tables print them (元 without decimals unless there are any; blank for
 * nothing).
 */
final class BudgetTables {

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
        "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十", "二十一", "二十二", "二十三", "二十四", "二十五", "二十六",
        "二十七", "二十八", "二十九", "三十"};

    private final DepartmentYear budget;
    private final String meta;
    private final String year;

    /** Where each 项 row's and economic 款 row's amounts were imported from, by code; empty for hand-written rows. */
    private final java.util.Map<String, java.util.Map<String, String>> functionalCells = new java.util.HashMap<>();
    private final java.util.Map<String, java.util.Map<String, String>> economicCells = new java.util.HashMap<>();

    BudgetTables(DepartmentYear budget) {
        this.budget = budget;
        budget.budget().rows().forEach(r -> functionalCells.put(r.code(), r.cells()));
        budget.budget().economicRows().forEach(r -> economicCells.put(r.code(), r.cells()));
        this.meta = "编制部门：" + budget.department().name();
        this.year = Integer.toString(budget.year());
    }

    List<DataTable> all() {
        return List.of(overview(), income(), expenditure(), fiscalOverview(),
                byFunction("table-5", "general_budget", "一般公共预算支出", FunctionalAmounts::generalBasic,
                        FunctionalAmounts::generalProject),
                byFunction("table-6", "government_fund", "政府性基金预算支出", FunctionalAmounts::fundBasic,
                        FunctionalAmounts::fundProject),
                economic(), threePublic());
    }

    /** 1. 财务收支预算总表. */
    DataTable overview() {
        FunctionalAmounts total = budget.functional().total();
        List<Line> income = List.of(
                new Line("一、财政拨款收入", total.fiscal()),
                new Line("1. 一般公共预算资金", total.generalBudget()),
                new Line("2. 政府性基金", total.governmentFund()),
                new Line("二、事业收入", total.businessIncome()),
                new Line("三、事业单位经营收入", total.operatingIncome()),
                new Line("四、其他收入", total.otherIncome()));
        List<String> classes = budget.functional().codes(ClassificationCode.CLASS);
        List<List<TableCell>> right = new ArrayList<>();
        for (int i = 0; i < classes.size(); i++) {
            String code = classes.get(i);
            right.add(List.of(TableCell.heading(numeral(i) + "、" + budget.functionalName(code), functionPath(code)),
                    cell(budget.functional().at(code).expenditure())));
        }
        List<TableRow> rows = sideBySide(income, right, 2);
        TableRow footer = new TableRow(List.of(TableCell.heading("收入总计", null),
                cell(total.income()).from(publishedCell("published_totals.income_total",
                        published("income", "", "total"), total.income())),
                TableCell.heading("支出总计", null),
                cell(total.expenditure()).from(publishedCell("published_totals.expenditure_total",
                        published("expenditure", "", "total"), total.expenditure()))), "");
        return new DataTable("table-1", year + "年部门财务收支预算总表", meta, "单位：元",
                List.of(List.of(HeaderCell.group("本年收入", 2), HeaderCell.group("本年支出", 2)),
                        List.of(HeaderCell.column("项目"), HeaderCell.amount("预算数"), HeaderCell.column("项目"),
                                HeaderCell.amount("预算数"))),
                rows, List.of(footer), "");
    }

    /** 2. 收入预算总表. */
    DataTable income() {
        return codeTable("table-2", year + "年部门收入预算总表", "收入预算",
                List.of("合计", "财政拨款收入", "事业收入", "事业单位经营收入", "其他收入"), budget.functional(),
                a -> a.income().signum() != 0, List.of(FunctionalAmounts::income, FunctionalAmounts::fiscal,
                        FunctionalAmounts::businessIncome, FunctionalAmounts::operatingIncome,
                        FunctionalAmounts::otherIncome),
                Arrays.asList(null, null, "business_income", "operating_income", "other_income"),
                functionalNames("income"), "功能分类", "", null);
    }

    /** 3. 支出预算总表. */
    DataTable expenditure() {
        return codeTable("table-3", year + "年部门支出预算总表", "支出预算", List.of("合计", "基本支出", "项目支出"),
                budget.functional(), a -> a.expenditure().signum() != 0,
                List.of(FunctionalAmounts::expenditure, FunctionalAmounts::basic, FunctionalAmounts::project),
                Arrays.asList(null, "basic", "project"), functionalNames("expenditure"), "功能分类", "",
                new Published("functional", List.of("total", "basic", "project")));
    }

    /** 4. 财政拨款收支预算总表. */
    DataTable fiscalOverview() {
        FunctionalAmounts total = budget.functional().total();
        List<Line> income = List.of(new Line("一、一般公共预算资金", total.generalBudget()),
                new Line("二、政府性基金", total.governmentFund()));
        List<String> classes = budget.functional().codes(ClassificationCode.CLASS).stream()
                .filter(c -> budget.functional().at(c).generalTotal().add(budget.functional().at(c).fundTotal())
                        .signum() != 0)
                .toList();
        List<List<TableCell>> right = new ArrayList<>();
        for (int i = 0; i < classes.size(); i++) {
            String code = classes.get(i);
            FunctionalAmounts a = budget.functional().at(code);
            right.add(List.of(TableCell.heading(numeral(i) + "、" + budget.functionalName(code), functionPath(code)),
                    cell(a.generalTotal().add(a.fundTotal())),
                    cell(a.generalTotal()), cell(a.fundTotal())));
        }
        List<TableRow> rows = sideBySide(income, right, 4);
        TableRow footer = new TableRow(List.of(TableCell.heading("收入总计", null), cell(total.fiscal()),
                TableCell.heading("支出总计", null),
                cell(total.generalTotal().add(total.fundTotal())),
                cell(total.generalTotal()), cell(total.fundTotal())), "");
        return new DataTable("table-4", year + "年部门财政拨款收支预算总表", meta, "单位：元",
                List.of(List.of(HeaderCell.group("本年收入", 2), HeaderCell.group("本年支出", 4)),
                        List.of(HeaderCell.column("项目"), HeaderCell.amount("预算数"), HeaderCell.column("项目"),
                                HeaderCell.amount("合计"), HeaderCell.amount("一般公共预算"),
                                HeaderCell.amount("政府性基金"))),
                rows, List.of(footer), "");
    }

    /**
     * Rows of a two-sided overview table (收入 on the left, 支出 on the right), as the published
     * tables lay them out: the shorter side is padded with blank cells. Both items head their
     * side of the row; {@link TableLayout} ties each amount to its own side's item.
     */
    private static List<TableRow> sideBySide(List<Line> income, List<List<TableCell>> spending, int rightColumns) {
        List<TableRow> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(income.size(), spending.size()); i++) {
            List<TableCell> cells = new ArrayList<>();
            if (i < income.size()) {
                cells.add(TableCell.heading(income.get(i).label(), null));
                cells.add(cell(income.get(i).amount()));
            } else {
                cells.add(TableCell.plain(""));
                cells.add(TableCell.plain(""));
            }
            if (i < spending.size()) {
                cells.addAll(spending.get(i));
            } else {
                for (int k = 0; k < rightColumns; k++) {
                    cells.add(TableCell.plain(""));
                }
            }
            rows.add(new TableRow(cells, ""));
        }
        return rows;
    }

    /**
     * 5 and 6: spending of one fiscal source by function.
     *
     * @param table the table's key under {@code printed_names}, which is also the row key of its
     *              imported total ({@code general_budget}, {@code government_fund})
     */
    private DataTable byFunction(String id, String table, String group, Function<FunctionalAmounts, BigDecimal> basic,
            Function<FunctionalAmounts, BigDecimal> project) {
        Function<FunctionalAmounts, BigDecimal> total = a -> basic.apply(a).add(project.apply(a));
        return codeTable(id, year + "年部门" + BudgetRow.tableTitle(table), group, List.of("合计", "基本支出", "项目支出"),
                budget.functional(), a -> total.apply(a).signum() != 0, List.of(total, basic, project),
                Arrays.asList(table, null, null), functionalNames(table), "功能分类",
                "本部门" + year + "年没有" + group.replace("支出", "") + "拨款安排的支出，本表无数据。", null);
    }

    /** 7. 一般公共预算基本支出经济分类预算表. */
    DataTable economic() {
        return codeTable("table-7", year + "年部门一般公共预算基本支出部门预算经济分类预算表", "一般公共预算基本支出",
                List.of("合计", "人员经费", "公用经费"), budget.economic(), a -> a.total().signum() != 0,
                List.of(EconomicAmounts::total, EconomicAmounts::personnel, EconomicAmounts::office),
                Arrays.asList(null, "personnel", "office"), code -> TableCell.heading(budget.economicName(code), null),
                "部门预算经济分类", "本部门" + year + "年没有一般公共预算基本支出，本表无数据。",
                new Published("economic", List.of("total", "personnel", "office")));
    }

    /** 8. “三公”经费和机关运行经费预算表, in 万元. */
    DataTable threePublic() {
        ThreePublicCosts t = budget.budget().threePublic();
        String title = year + "年部门“三公”经费和机关运行经费预算表";
        List<List<HeaderCell>> headings = List.of(
                List.of(HeaderCell.group(year + "年“三公”经费预算数", 6),
                        HeaderCell.amount(year + "年机关运行经费预算数").rows(3)),
                List.of(HeaderCell.amount("合计").rows(2), HeaderCell.amount("因公出国(境)费").rows(2),
                        HeaderCell.amount("公务接待费").rows(2), HeaderCell.group("公务用车购置及运行费", 3)),
                List.of(HeaderCell.amount("小计"), HeaderCell.amount("购置费"), HeaderCell.amount("运行费")));
        if (t == null) {
            return new DataTable("table-8", title, meta, "单位：万元", headings, List.of(), List.of(),
                    "本部门" + year + "年部门预算没有列出“三公”经费和机关运行经费。");
        }
        TableRow row = new TableRow(List.of(
                wan(t.total()).from(publishedCell("three_public.total", t.publishedTotal(), t.total())),
                wan(t.overseas()).from(figureCell("three_public.overseas")),
                wan(t.reception()).from(figureCell("three_public.reception")),
                wan(t.vehicles()).from(publishedCell("three_public.vehicles_subtotal", t.publishedVehicles(),
                        t.vehicles())),
                wan(t.vehiclePurchase()).from(figureCell("three_public.vehicle_purchase")),
                wan(t.vehicleOperation()).from(figureCell("three_public.vehicle_operation")),
                t.operatingCosts() == null ? TableCell.figure("")
                        : wan(t.operatingCosts()).from(figureCell("three_public.operating_costs"))), "");
        return new DataTable("table-8", title, meta, "单位：万元", headings, List.of(row), List.of(), "");
    }

    /**
     * A table of 类/款/项 rows with amount columns: tables 2, 3, 5, 6 and 7. {@code sources} names, per
     * column, the row key whose imported cell a leaf row's amount in that column is (null where the
     * column is computed from several), so the page can say where the figure came from.
     */
    private <A> DataTable codeTable(String id, String title, String group, List<String> columns, CodeRollup<A> rollup,
            java.util.function.Predicate<A> shown, List<Function<A, BigDecimal>> values, List<String> sources,
            Function<String, TableCell> name, String kind, String emptyStatement, Published published) {
        boolean functional = kind.equals("功能分类");
        int codeColumns = functional ? 3 : 2;
        List<HeaderCell> levels = functional
                ? List.of(HeaderCell.column("类"), HeaderCell.column("款"), HeaderCell.column("项"))
                : List.of(HeaderCell.column("类"), HeaderCell.column("款"));
        List<HeaderCell> second = new ArrayList<>();
        second.add(HeaderCell.group(kind + "科目编码", codeColumns));
        second.add(HeaderCell.column(kind.replace("部门预算", "") + "科目名称").rows(2));
        columns.forEach(c -> second.add(HeaderCell.amount(c).rows(2)));
        List<List<HeaderCell>> headings = List.of(
                List.of(HeaderCell.group("项目", codeColumns + 1), HeaderCell.group(group, columns.size())),
                second, levels);
        List<TableRow> rows = new ArrayList<>();
        for (String code : rollup.codes()) {
            A amounts = rollup.at(code);
            if (!shown.test(amounts)) {
                continue;
            }
            List<TableCell> cells = new ArrayList<>();
            List<String> parts = ClassificationCode.columns(code);
            String href = functional ? functionPath(code) : null;
            for (int i = 0; i < codeColumns; i++) {
                cells.add(TableCell.code(parts.get(i), null));
            }
            cells.add(name.apply(code).withHref(href));
            java.util.Map<String, String> imported = (functional ? functionalCells : economicCells)
                    .getOrDefault(code, java.util.Map.of());
            boolean leaf = code.length() == (functional ? 7 : 5);
            for (int i = 0; i < values.size(); i++) {
                BigDecimal value = values.get(i).apply(amounts);
                TableCell figure = cell(value);
                String source = sources.get(i);
                if (!leaf) {
                    cells.add(published == null ? figure : figure.from(published.cell(this, code, i, value)));
                } else {
                    cells.add(source == null || figure.amount() == null ? figure : figure.from(imported.get(source)));
                }
            }
            rows.add(new TableRow(cells, "level-" + code.length()));
        }
        List<TableRow> footer = List.of();
        boolean empty = rows.isEmpty();
        A total = rollup.total();
        List<TableCell> totalCells = new ArrayList<>();
        totalCells.add(TableCell.heading("合计", null).spanning(codeColumns + 1));
        for (int i = 0; i < values.size(); i++) {
            BigDecimal value = values.get(i).apply(total);
            totalCells.add(empty ? TableCell.figure("")
                    : published == null ? cell(value) : cell(value).from(published.cell(this, "", i, value)));
        }
        footer = List.of(new TableRow(totalCells, ""));
        return new DataTable(id, title, meta, "单位：元", headings, rows, footer, empty ? emptyStatement : "");
    }

    /**
     * The name cells of one functional table: the catalogue's name, or the name this table printed where the budget
     * records a different one, with the catalogue's name as a note. Nothing published is replaced silently.
     */
    private Function<String, TableCell> functionalNames(String table) {
        return code -> {
            String printed = budget.printedName(table, code);
            return printed == null ? TableCell.heading(budget.functionalName(code), null)
                    : TableCell.heading(printed, null).noted("目录名称：" + budget.functionalName(code));
        };
    }

    private String functionPath(String code) {
        return SiteAddresses.function(budget.year(), code);
    }

    /** The workbook cell a figure outside the rows was imported from ({@code three_public.overseas}), or null. */
    private String figureCell(String keyPath) {
        return budget.budget().cells().get(keyPath);
    }

    /**
     * The cell of a published total or subtotal, for the computed figure shown in its place — only
     * where the two agree, so the note never points at a different number (a disagreement is a check's error).
     */
    private String publishedCell(String keyPath, BigDecimal published, BigDecimal shown) {
        return published != null && shown != null && published.compareTo(shown) == 0 ? figureCell(keyPath) : null;
    }

    /** The cell of {@code published_totals.<table>.<code>.<column>} where it agrees with {@code shown}. */
    private String publishedCell(String table, String code, String column, BigDecimal shown) {
        if (column == null) {
            return null;
        }
        return publishedCell("published_totals." + table + "." + (code.isEmpty() ? "total" : code) + "." + column,
                published(table, code, column), shown);
    }

    private BigDecimal published(String table, String code, String column) {
        return budget.budget().publishedTotals().stream()
                .filter(p -> p.table().equals(table) && p.code().equals(code) && p.column().equals(column))
                .map(org.opendisclosure.model.PublishedTotal::value).findFirst().orElse(null);
    }

    /** An amount as the tables print it: blank for nothing. */
    static TableCell cell(BigDecimal amount) {
        return TableCell.amount(amount, MoneyStyle.BLANK_ZERO);
    }

    /** An amount of the 万元 table: two decimals. */
    private static TableCell wan(BigDecimal amount) {
        return TableCell.amount(amount, MoneyStyle.YUAN);
    }

    /**
     * The published subtotals and totals a code table's computed ones stand for: {@code published_totals.<table>},
     * with the key of each column ({@code total}, {@code basic}, …).
     */
    private record Published(String table, List<String> columns) {

        String cell(BudgetTables tables, String code, int column, BigDecimal shown) {
            return column < columns.size() ? tables.publishedCell(table, code, columns.get(column), shown) : null;
        }
    }

    /** One item of the income side of an overview table. */
    private record Line(String label, BigDecimal amount) {
    }

    private static String numeral(int index) {
        return index < NUMERALS.length ? NUMERALS[index] : Integer.toString(index + 1);
    }
}
