package org.opendisclosure.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.opendisclosure.address.SiteAddresses;
import org.opendisclosure.derive.FunctionalAmounts;
import org.opendisclosure.derive.FunctionalSpending;
import org.opendisclosure.model.ClassificationCatalogue;
import org.opendisclosure.model.ClassificationCode;
import org.opendisclosure.model.MoneyStyle;
import org.opendisclosure.render.DataTable.HeaderCell;
import org.opendisclosure.render.DataTable.TableCell;
import org.opendisclosure.render.DataTable.TableRow;

/** The tables of functional codes: the year's index of every 类, 款 and 项, and their rows. */
final class FunctionCodeTables {

    private FunctionCodeTables() {
    }

    /** A row of a code table: 类/款/项 columns, the linked name, 合计/基本/项目 and the share of {@code whole}. */
    static TableRow codeRow(FunctionalSpending spending, ClassificationCatalogue catalogue, String code,
            BigDecimal whole) {
        FunctionalAmounts a = spending.at(code);
        List<String> parts = ClassificationCode.columns(code);
        return new TableRow(List.of(TableCell.code(parts.get(0), null), TableCell.code(parts.get(1), null),
                TableCell.code(parts.get(2), null),
                TableCell.heading(catalogue.functional().get(code), SiteAddresses.function(spending.year(), code)),
                BudgetTables.cell(a.expenditure()), BudgetTables.cell(a.basic()), BudgetTables.cell(a.project()),
                TableCell.figure(Percent.of(a.expenditure(), whole))),
                "level-" + code.length());
    }

    /** The index of functional codes of a year: every 类 and 款 with the year's totals. */
    static DataTable functionsTable(FunctionalSpending spending, ClassificationCatalogue catalogue) {
        int year = spending.year();
        BigDecimal total = spending.total().expenditure();
        List<TableRow> rows = new ArrayList<>();
        for (String code : spending.codes()) {
            rows.add(codeRow(spending, catalogue, code, total));
        }
        return new DataTable("functions", year + " 年支出功能分类科目", "全部部门预算汇总", "单位：元",
                List.of(List.of(HeaderCell.group("功能分类科目编码", 3), HeaderCell.column("科目名称").rows(2),
                        HeaderCell.amount("合计").rows(2), HeaderCell.amount("基本支出").rows(2),
                        HeaderCell.amount("项目支出").rows(2), HeaderCell.amount("占全年").rows(2)),
                        List.of(HeaderCell.column("类"), HeaderCell.column("款"), HeaderCell.column("项"))),
                rows, List.of(new TableRow(List.of(TableCell.heading("合计", null).spanning(4),
                        TableCell.amount(total, MoneyStyle.WHOLE), BudgetTables.cell(spending.total().basic()),
                        BudgetTables.cell(spending.total().project()), TableCell.figure("100.00%")),
                        "")),
                "");
    }
}
