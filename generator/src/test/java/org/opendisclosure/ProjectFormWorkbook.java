package org.opendisclosure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.opendisclosure.model.Funding;
import org.opendisclosure.model.Indicator;
import org.opendisclosure.model.IndicatorGroup;
import org.opendisclosure.model.IndicatorSubgroup;
import org.opendisclosure.model.Project;

/**
 * Writes a project as the 2024 performance-target form (财政项目支出绩效目标申报表) is exported, with
 * Apache POI: title and year lines, label | value pairs across the row, 项目资金 and 绩效指标 merged
 * down their rows, dates as Excel dates, amounts as numbers except one typed as text with thousands
 * separators, the goals under their labels, and the indicator table with 一级/二级指标 merged over
 * their rows.
 */
final class ProjectFormWorkbook {

    private final Project project;
    private final String department;
    private final String unit;

    ProjectFormWorkbook(Project project, String department, String unit) {
        this.project = project;
        this.department = department;
        this.unit = unit;
    }

    byte[] write() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("申报表");
            XSSFCellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            text(sheet, 0, 0, "财政项目支出绩效目标申报表");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
            text(sheet, 1, 0, "（" + project.year() + " 年度）");
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 5));
            row(sheet, 2, "项目名称", project.name(), "项目性质", project.nature(), "项目类别", project.category());
            row(sheet, 3, "主管部门", department, "实施单位", unit);
            text(sheet, 4, 0, "计划开始日期");
            sheet.getRow(4).createCell(1).setCellValue(project.period().start().first());
            sheet.getRow(4).getCell(1).setCellStyle(date);
            text(sheet, 4, 2, "计划完成日期");
            sheet.getRow(4).createCell(3).setCellValue(project.period().end().last());
            sheet.getRow(4).getCell(3).setCellStyle(date);
            Funding f = project.funding();
            text(sheet, 5, 0, "项目资金 （元）");
            sheet.addMergedRegion(new CellRangeAddress(5, 8, 0, 0));
            text(sheet, 5, 1, "项目资金总额");
            amount(sheet, 5, 2, f.projectTotal());
            text(sheet, 5, 3, "年度资金申请总额");
            if (f.annualTotal() != null) {
                text(sheet, 5, 4, String.format("%,.2f", f.annualTotal())); // typed as text, as some exports do
            }
            text(sheet, 6, 1, "其中：财政资金");
            amount(sheet, 6, 2, f.projectFiscal());
            text(sheet, 6, 3, "其中：当年财政拨款");
            amount(sheet, 6, 4, f.appropriation());
            text(sheet, 7, 3, "上年结转资金");
            amount(sheet, 7, 4, f.carriedOver());
            text(sheet, 8, 1, "其他资金");
            amount(sheet, 8, 2, f.projectOther());
            text(sheet, 8, 3, "其他资金");
            amount(sheet, 8, 4, f.other());
            text(sheet, 9, 0, "项目 绩效 目标");
            sheet.addMergedRegion(new CellRangeAddress(9, 10, 0, 0));
            text(sheet, 9, 1, "项目总目标");
            text(sheet, 9, 3, "年度总体目标");
            if (project.goals() != null && project.goals().overall() != null) {
                text(sheet, 10, 1, project.goals().overall());
            }
            if (project.goals() != null && project.goals().annual() != null) {
                text(sheet, 10, 3, project.goals().annual());
            }
            row(sheet, 11, "", "一级指标", "二级指标", "三级指标", "年度（/项目）指标值");
            int r = 12;
            for (IndicatorGroup group : project.indicators()) {
                int groupStart = r;
                for (IndicatorSubgroup subgroup : group.subgroups()) {
                    int subStart = r;
                    for (Indicator indicator : subgroup.indicators()) {
                        Row row = sheet.createRow(r++);
                        if (r - 1 == groupStart) {
                            row.createCell(1).setCellValue(group.level1());
                        }
                        if (r - 1 == subStart && subgroup.level2() != null) {
                            row.createCell(2).setCellValue(subgroup.level2());
                        }
                        if (indicator.name() != null) {
                            row.createCell(3).setCellValue(indicator.name());
                        }
                        row.createCell(4).setCellValue(indicator.target().text());
                    }
                    if (r - subStart > 1) {
                        sheet.addMergedRegion(new CellRangeAddress(subStart, r - 1, 2, 2));
                    }
                }
                if (r - groupStart > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(groupStart, r - 1, 1, 1));
                }
            }
            text(sheet, 12, 0, "绩效 指标");
            if (r - 1 > 12) {
                sheet.addMergedRegion(new CellRangeAddress(12, r - 1, 0, 0));
            }
            text(sheet, r, 0, "备注");
            if (project.remarks() != null) {
                text(sheet, r, 1, project.remarks());
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(XSSFSheet sheet, int r, String... texts) {
        for (int c = 0; c < texts.length; c++) {
            if (texts[c] != null && !texts[c].isEmpty()) {
                text(sheet, r, c, texts[c]);
            }
        }
    }

    private static void text(XSSFSheet sheet, int r, int c, String text) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        row.createCell(c).setCellValue(text);
    }

    private static void amount(XSSFSheet sheet, int r, int c, BigDecimal amount) {
        if (amount != null) {
            Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
            row.createCell(c).setCellValue(amount.doubleValue());
        }
    }
}
