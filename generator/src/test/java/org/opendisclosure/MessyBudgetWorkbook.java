package org.opendisclosure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.opendisclosure.model.BudgetRow;
import org.opendisclosure.model.ClassificationCatalogue;
import org.opendisclosure.model.DepartmentBudget;
import org.opendisclosure.model.EconomicRow;
import org.opendisclosure.model.ThreePublicCosts;

/**
 * Writes a department budget as a budget management system exports it, messily, with Apache POI
 * (not with the site's own writer, so the importer is judged against another hand): all eight
 * tables (the 政府性基金 one empty, as this department prints it) in another order and named freely,
 * a cover sheet, title, 编制部门 and unit lines with full-width punctuation and spaces, multi-row merged headers, one sheet in 万元, codes typed as numbers
 * (款 {@code 1} for {@code 01}) and in one column or three, 类/款 subtotal rows and a 合计 row, a
 * heading repeated where a printed page broke, a formula cell, and a note row under the table.
 */
final class MessyBudgetWorkbook {

    private final DepartmentBudget budget;
    private final ClassificationCatalogue catalogue;
    private final String department;
    private final XSSFWorkbook workbook = new XSSFWorkbook();

    /** Changes applied to a figure before it is written: to make a subtotal wrong, for example. */
    private Function<String, BigDecimal> override = key -> null;

    MessyBudgetWorkbook(DepartmentBudget budget, ClassificationCatalogue catalogue, String department) {
        this.budget = budget;
        this.catalogue = catalogue;
        this.department = department;
    }

    /** Writes {@code value} instead of the true figure at {@code key} ({@code 支出预算总表/201/合计}). */
    MessyBudgetWorkbook overriding(String key, BigDecimal value) {
        Function<String, BigDecimal> previous = override;
        override = k -> k.equals(key) ? value : previous.apply(k);
        return this;
    }

    byte[] write() {
        workbook.createSheet("封面").createRow(0).createCell(0).setCellValue("上海市2019年市级部门预算");
        threePublic(workbook.createSheet("三公"));
        codeTable(workbook.createSheet("表3"), "2019年部门支出预算总表", "支出预算", false, true,
                List.of("合计", "基本支出", "项目支出"), r -> List.of(r.basic().add(r.project()), r.basic(), r.project()));
        codeTable(workbook.createSheet("收入(万元)"), "2019年部门收入预算总表", "收入预算", true, false,
                List.of("合计", "财政拨款收入", "事业收入", "事业单位经营收入", "其他收入"),
                r -> List.of(r.generalBudget().add(r.governmentFund()).add(r.businessIncome()).add(r.operatingIncome())
                        .add(r.otherIncome()), r.generalBudget().add(r.governmentFund()), r.businessIncome(),
                        r.operatingIncome(), r.otherIncome()));
        codeTable(workbook.createSheet("Sheet5"), "2019年部门一般公共预算支出功能分类预算表", "一般公共预算支出", false, false,
                List.of("合计", "基本支出", "项目支出"), r -> List.of(r.generalBudgetSplit().basic().add(r.generalBudgetSplit()
                        .project()), r.generalBudgetSplit().basic(), r.generalBudgetSplit().project()));
        economic(workbook.createSheet("经济分类"));
        overview(workbook.createSheet("总表"));
        governmentFund(workbook.createSheet("表6 基金"));
        fiscalOverview(workbook.createSheet("财政拨款收支"));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            workbook.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Title, 编制部门 and unit lines, as exports print them (full-width colons, stray spaces). */
    private int titleLines(XSSFSheet sheet, String title, boolean wan, int width) {
        sheet.createRow(0).createCell(0).setCellValue(title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, width - 1));
        sheet.createRow(1).createCell(0).setCellValue("编制部门 ：" + department);
        sheet.createRow(2).createCell(width - 1).setCellValue(wan ? "单位 ：万元" : "单位：元");
        return 3;
    }

    private void codeTable(XSSFSheet sheet, String title, String group, boolean wan, boolean split,
            List<String> columns, Function<BudgetRow, List<BigDecimal>> values) {
        int codeColumns = split ? 3 : 1;
        int width = codeColumns + 1 + columns.size();
        int r = titleLines(sheet, title, wan, width);
        Row top = sheet.createRow(r);
        top.createCell(0).setCellValue("项  目");
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, codeColumns));
        top.createCell(codeColumns + 1).setCellValue(group);
        sheet.addMergedRegion(new CellRangeAddress(r, r, codeColumns + 1, width - 1));
        r = headings(sheet, r + 1, split, columns);
        Map<String, List<BigDecimal>> byCode = new TreeMap<>();
        for (BudgetRow row : budget.rows()) {
            List<BigDecimal> amounts = values.apply(row);
            for (String code : List.of(row.code().substring(0, 3), row.code().substring(0, 5), row.code())) {
                byCode.merge(code, amounts, MessyBudgetWorkbook::add);
            }
        }
        int written = 0;
        List<BigDecimal> total = null;
        for (Map.Entry<String, List<BigDecimal>> entry : byCode.entrySet()) {
            String code = entry.getKey();
            if (entry.getValue().stream().allMatch(a -> a.signum() == 0)) {
                continue;
            }
            if (code.length() == 3) {
                total = total == null ? entry.getValue() : add(total, entry.getValue());
            }
            if (written++ == 15) {
                r = headings(sheet, r, split, columns); // the heading a printed page repeats
            }
            Row row = sheet.createRow(r);
            if (split) {
                row.createCell(0).setCellValue(Integer.parseInt(code.substring(0, 3)));
                if (code.length() >= 5) {
                    row.createCell(1).setCellValue(Integer.parseInt(code.substring(3, 5)));
                }
                if (code.length() == 7) {
                    row.createCell(2).setCellValue(Integer.parseInt(code.substring(5, 7)));
                }
            } else {
                row.createCell(0).setCellValue(Long.parseLong(code));
            }
            row.createCell(codeColumns).setCellValue(catalogue.functional().get(code));
            amounts(sheet, row, codeColumns + 1, title, code, columns, entry.getValue(), wan);
            r++;
        }
        Row totalRow = sheet.createRow(r);
        totalRow.createCell(0).setCellValue("合    计");
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, codeColumns));
        amounts(sheet, totalRow, codeColumns + 1, title, "合计", columns, total, wan);
        sheet.createRow(r + 2).createCell(0).setCellValue("注：本表数据由预算管理系统导出。");
    }

    private static int headings(XSSFSheet sheet, int r, boolean split, List<String> columns) {
        int codeColumns = split ? 3 : 1;
        Row second = sheet.createRow(r);
        second.createCell(0).setCellValue("功能分类科目编码");
        if (split) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 2));
        }
        second.createCell(codeColumns).setCellValue("功能分类科目名称");
        for (int i = 0; i < columns.size(); i++) {
            second.createCell(codeColumns + 1 + i).setCellValue(columns.get(i));
            sheet.addMergedRegion(new CellRangeAddress(r, r + 1, codeColumns + 1 + i, codeColumns + 1 + i));
        }
        sheet.addMergedRegion(new CellRangeAddress(r, r + 1, codeColumns, codeColumns));
        if (!split) {
            sheet.addMergedRegion(new CellRangeAddress(r, r + 1, 0, 0));
            return r + 2;
        }
        Row third = sheet.createRow(r + 1);
        third.createCell(0).setCellValue("类");
        third.createCell(1).setCellValue("款");
        third.createCell(2).setCellValue("项");
        return r + 2;
    }

    /**
     * Amounts from {@code first} on; zero is blank. The first column of the 支出 table's 项 rows is a
     * formula (基本支出 + 项目支出) with its value as last calculated, as in a real export.
     */
    private void amounts(XSSFSheet sheet, Row row, int first, String title, String code, List<String> columns,
            List<BigDecimal> values, boolean wan) {
        for (int i = 0; i < values.size(); i++) {
            BigDecimal value = override.apply(title + "/" + code + "/" + columns.get(i));
            value = value != null ? value : values.get(i);
            if (value.signum() == 0) {
                continue;
            }
            Cell cell = row.createCell(first + i);
            BigDecimal shown = wan ? value.movePointLeft(4) : value;
            if (i == 0 && title.contains("支出预算总表") && code.length() == 7) {
                String basic = org.apache.poi.ss.util.CellReference.convertNumToColString(first + 1) + (row.getRowNum() + 1);
                String project = org.apache.poi.ss.util.CellReference.convertNumToColString(first + 2) + (row.getRowNum() + 1);
                cell.setCellFormula(basic + "+" + project);
            }
            cell.setCellValue(shown.doubleValue());
        }
    }

    private void economic(XSSFSheet sheet) {
        int r = titleLines(sheet, "2019年部门一般公共预算基本支出部门预算经济分类预算表", false, 5);
        Row top = sheet.createRow(r);
        top.createCell(0).setCellValue("项目");
        top.createCell(3).setCellValue("一般公共预算基本支出");
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 2));
        sheet.addMergedRegion(new CellRangeAddress(r, r, 3, 5));
        Row second = sheet.createRow(r + 1);
        second.createCell(0).setCellValue("部门预算经济分类科目编码");
        sheet.addMergedRegion(new CellRangeAddress(r + 1, r + 1, 0, 1));
        second.createCell(2).setCellValue("经济分类科目名称");
        List<String> columns = List.of("合计", "人员经费", "公用经费");
        for (int i = 0; i < 3; i++) {
            second.createCell(3 + i).setCellValue(columns.get(i));
        }
        Row third = sheet.createRow(r + 2);
        third.createCell(0).setCellValue("类");
        third.createCell(1).setCellValue("款");
        r += 3;
        Map<String, List<BigDecimal>> byCode = new TreeMap<>();
        List<BigDecimal> total = List.of(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        for (EconomicRow row : budget.economicRows()) {
            List<BigDecimal> amounts = List.of(row.total(), row.personnel(), row.office());
            byCode.merge(row.code().substring(0, 3), amounts, MessyBudgetWorkbook::add);
            byCode.merge(row.code(), amounts, MessyBudgetWorkbook::add);
            total = add(total, amounts);
        }
        for (Map.Entry<String, List<BigDecimal>> entry : byCode.entrySet()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(entry.getKey().substring(0, 3));
            if (entry.getKey().length() == 5) {
                row.createCell(1).setCellValue(Integer.parseInt(entry.getKey().substring(3)));
            }
            row.createCell(2).setCellValue(catalogue.economic().get(entry.getKey()));
            amounts(sheet, row, 3, "经济分类", entry.getKey(), columns, entry.getValue(), false);
        }
        Row totalRow = sheet.createRow(r);
        totalRow.createCell(2).setCellValue("合计");
        amounts(sheet, totalRow, 3, "经济分类", "合计", columns, total, false);
    }

    private void threePublic(XSSFSheet sheet) {
        ThreePublicCosts t = budget.threePublic();
        int r = titleLines(sheet, "2019年部门“三公” 经费和机关运行经费预算表", true, 7);
        Row top = sheet.createRow(r);
        top.createCell(0).setCellValue("2019年“三公”经费预算数");
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 5));
        top.createCell(6).setCellValue("2019年机关运行经费预算数");
        sheet.addMergedRegion(new CellRangeAddress(r, r + 2, 6, 6));
        Row second = sheet.createRow(r + 1);
        String[] names = {"合计", "因公出国（境）费", "公务接待费"};
        for (int i = 0; i < 3; i++) {
            second.createCell(i).setCellValue(names[i]);
            sheet.addMergedRegion(new CellRangeAddress(r + 1, r + 2, i, i));
        }
        second.createCell(3).setCellValue("公务用车购置及运行费");
        sheet.addMergedRegion(new CellRangeAddress(r + 1, r + 1, 3, 5));
        Row third = sheet.createRow(r + 2);
        third.createCell(3).setCellValue("小计");
        third.createCell(4).setCellValue("购置费");
        third.createCell(5).setCellValue("运行费");
        Row row = sheet.createRow(r + 3);
        BigDecimal[] values = {t.publishedTotal(), t.overseas(), t.reception(), t.publishedVehicles(), t.vehiclePurchase(),
            t.vehicleOperation(), t.operatingCosts()};
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i].doubleValue());
        }
    }

    private void overview(XSSFSheet sheet) {
        int r = titleLines(sheet, "2019年部门财务收支预算总表", false, 4);
        Row top = sheet.createRow(r);
        top.createCell(0).setCellValue("本年收入");
        top.createCell(2).setCellValue("本年支出");
        Row second = sheet.createRow(r + 1);
        second.createCell(0).setCellValue("项目");
        second.createCell(1).setCellValue("预算数");
        second.createCell(2).setCellValue("项目");
        second.createCell(3).setCellValue("预算数");
        BigDecimal total = BigDecimal.ZERO;
        for (BudgetRow row : budget.rows()) {
            total = total.add(row.basic()).add(row.project());
        }
        Row last = sheet.createRow(r + 2);
        last.createCell(0).setCellValue("收入总计");
        last.createCell(1).setCellValue(total.doubleValue());
        last.createCell(2).setCellValue("支出总计");
        last.createCell(3).setCellValue(total.doubleValue());
    }

    /** 政府性基金预算支出功能分类预算表 as printed when the department has none: headings, 合计 blank, a statement. */
    private void governmentFund(XSSFSheet sheet) {
        int r = titleLines(sheet, "2019年部门政府性基金预算支出功能分类预算表", false, 6);
        Row top = sheet.createRow(r);
        top.createCell(0).setCellValue("项目");
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 2));
        top.createCell(3).setCellValue("政府性基金预算支出");
        sheet.addMergedRegion(new CellRangeAddress(r, r, 3, 5));
        Row second = sheet.createRow(r + 1);
        second.createCell(0).setCellValue("功能分类科目编码");
        second.createCell(2).setCellValue("功能分类科目名称");
        second.createCell(3).setCellValue("合计");
        second.createCell(4).setCellValue("基本支出");
        second.createCell(5).setCellValue("项目支出");
        sheet.createRow(r + 2).createCell(0).setCellValue("合计");
        sheet.createRow(r + 3).createCell(0).setCellValue("注：本部门2019年没有政府性基金预算拨款安排的支出，本表无数据。");
        sheet.addMergedRegion(new CellRangeAddress(r + 3, r + 3, 0, 5));
    }

    /** 财政拨款收支预算总表: recognised by its headings and not read, every figure of it being computed from the others. */
    private void fiscalOverview(XSSFSheet sheet) {
        int r = titleLines(sheet, "2019年部门财政拨款收支预算总表", false, 5);
        Row top = sheet.createRow(r);
        top.createCell(0).setCellValue("本年收入");
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 1));
        top.createCell(2).setCellValue("本年支出");
        sheet.addMergedRegion(new CellRangeAddress(r, r, 2, 4));
        Row second = sheet.createRow(r + 1);
        second.createCell(0).setCellValue("项目");
        second.createCell(1).setCellValue("预算数");
        second.createCell(2).setCellValue("项目");
        second.createCell(3).setCellValue("一般公共预算");
        second.createCell(4).setCellValue("政府性基金");
        BigDecimal general = BigDecimal.ZERO;
        for (BudgetRow row : budget.rows()) {
            general = general.add(row.generalBudget());
        }
        Row first = sheet.createRow(r + 2);
        first.createCell(0).setCellValue("一般公共预算");
        first.createCell(1).setCellValue(general.doubleValue());
        first.createCell(2).setCellValue("支出总计");
        first.createCell(3).setCellValue(general.doubleValue());
    }

    private static List<BigDecimal> add(List<BigDecimal> a, List<BigDecimal> b) {
        List<BigDecimal> sum = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            sum.add(a.get(i).add(b.get(i)));
        }
        return sum;
    }
}
