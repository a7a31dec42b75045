package org.opendisclosure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.opendisclosure.model.Indicator;
import org.opendisclosure.model.IndicatorGroup;
import org.opendisclosure.model.IndicatorSubgroup;
import org.opendisclosure.model.Project;
import org.opendisclosure.model.ProjectForm;
import org.opendisclosure.model.SubProject;

/**
 * Writes a project as the 2019 performance-target form (上海市财政支出项目绩效目标申报表) is exported,
 * with Apache POI and the looks of a real export: a cover sheet first, the title and (2019年) merged
 * across the form, 申报单位名称 in one cell with its label, 项目类型 over two rows of options with the
 * ticked one marked ☑, labels merged down their rows, dates as Excel dates or as typed text
 * ({@code 2019. 1. 1}), the sub-projects in 元 or — {@link #inWan()} — in 万元 with a 合计 row that is a
 * formula, the 分解目标 table with three levels or two and its 一级/二级指标 merged over their rows, and
 * a note row under 备注.
 */
final class ProjectForm2019Workbook {

    private final Project project;
    private final String unit;
    private final boolean wan;

    ProjectForm2019Workbook(Project project, String unit, boolean wan) {
        this.project = project;
        this.unit = unit;
        this.wan = wan;
    }

    boolean inWan() {
        return wan;
    }

    byte[] write() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            text(workbook.createSheet("封面"), 0, 0, "预算管理一体化系统 导出");
            XSSFSheet sheet = workbook.createSheet("绩效目标申报表");
            XSSFCellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-m-d"));
            text(sheet, 0, 0, "上海市财政支出项目绩效目标申报表");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
            text(sheet, 1, 0, "(" + project.year() + "年)");
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 3));
            text(sheet, 2, 0, "申报单位名称：" + unit);
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, 3));
            wide(sheet, 3, "项目名称", project.name());
            List<String> natures = ProjectForm.FORM_2019.natures();
            text(sheet, 4, 0, "项目类型");
            text(sheet, 4, 1, options(natures.subList(0, 3), project.nature()));
            text(sheet, 5, 1, options(natures.subList(3, 5), project.nature()));
            sheet.addMergedRegion(new CellRangeAddress(4, 5, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(4, 4, 1, 3));
            sheet.addMergedRegion(new CellRangeAddress(5, 5, 1, 3));
            wide(sheet, 6, "资金用途", options(ProjectForm.FORM_2019.purposes(), project.purpose()));
            text(sheet, 7, 0, "开始时间");
            day(sheet, 7, 1, project.period().start(), date);
            text(sheet, 7, 2, "结束时间");
            day(sheet, 7, 3, project.period().end(), date);
            int r = 8;
            r = prose(sheet, r, "项目概况", project.prose().overview());
            r = prose(sheet, r, "立项依据", project.prose().basis());
            r = prose(sheet, r, "项目设立的必要性", project.prose().necessity());
            r = prose(sheet, r, "保证项目实施的制度、措施", project.prose().safeguards());
            text(sheet, r, 0, "项目总预算（元）");
            amount(sheet, r, 1, project.funding().projectTotal(), false);
            text(sheet, r, 2, "项目当年预算（元）");
            amount(sheet, r, 3, project.funding().annualTotal(), false);
            r++;
            text(sheet, r, 0, "同名项目上年预算额（元）");
            amount(sheet, r, 1, project.funding().priorYearBudget(), false);
            text(sheet, r, 2, "同名项目上年预算执行数（元）");
            amount(sheet, r, 3, project.funding().priorYearExecution(), false);
            r++;
            int first = r;
            text(sheet, r, 0, "项目当年投入资金构成");
            text(sheet, r, 1, "子项目名称");
            text(sheet, r, 2, wan ? "预算金额（万元）" : "预算金额（元）");
            r++;
            for (SubProject sub : project.subprojects()) {
                text(sheet, r, 1, sub.name());
                amount(sheet, r, 2, sub.amount(), wan);
                r++;
            }
            if (wan && !project.subprojects().isEmpty()) {
                text(sheet, r, 1, "合计");
                Cell sum = cell(sheet, r, 2);
                sum.setCellFormula("SUM(C" + (first + 2) + ":C" + r + ")");
                workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(sum);
                r++;
            }
            sheet.addMergedRegion(new CellRangeAddress(first, r - 1, 0, 0));
            r = prose(sheet, r, "项目实施计划", project.prose().plan());
            r = prose(sheet, r, "项目总目标", project.goals().overall());
            r = prose(sheet, r, "年度绩效目标", project.goals().annual());
            wide(sheet, r++, "分解目标", "");
            boolean threeLevel = project.indicators().stream().anyMatch(IndicatorGroup::threeLevel);
            row(sheet, r++, threeLevel ? List.of("一级指标", "二级指标", "三级指标", "指标目标值")
                    : List.of("分解目标内容", "绩效指标", "指标目标值"));
            r = indicators(sheet, r, threeLevel);
            wide(sheet, r++, "备注", project.remarks() == null ? "" : project.remarks());
            text(sheet, r, 0, "注：本表由预算管理系统导出，金额单位见各栏标注。");
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 3));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int indicators(XSSFSheet sheet, int r, boolean threeLevel) {
        for (IndicatorGroup group : project.indicators()) {
            int groupStart = r;
            for (IndicatorSubgroup subgroup : group.subgroups()) {
                int subStart = r;
                List<Indicator> rows = subgroup.indicators().isEmpty() ? new ArrayList<>(java.util.Collections
                        .singletonList(null)) : subgroup.indicators();
                for (Indicator indicator : rows) {
                    if (r == groupStart && group.level1() != null) {
                        text(sheet, r, 0, group.level1());
                    }
                    int c = 1;
                    if (threeLevel) {
                        if (r == subStart && subgroup.level2() != null) {
                            text(sheet, r, 1, subgroup.level2());
                        }
                        c = 2;
                    }
                    if (indicator != null && indicator.name() != null) {
                        text(sheet, r, c, indicator.name());
                    }
                    if (indicator != null) {
                        text(sheet, r, c + 1, indicator.target().text());
                    }
                    r++;
                }
                if (threeLevel && r - subStart > 1 && subgroup.level2() != null) {
                    sheet.addMergedRegion(new CellRangeAddress(subStart, r - 1, 1, 1));
                }
            }
            if (r - groupStart > 1 && group.level1() != null) {
                sheet.addMergedRegion(new CellRangeAddress(groupStart, r - 1, 0, 0));
            }
        }
        return r;
    }

    /** The options in a row, the chosen one ticked: {@code ☑ 经常性专项业务费 □ 其他经常性项目}. */
    private static String options(List<String> options, String chosen) {
        StringBuilder text = new StringBuilder();
        for (String option : options) {
            text.append(text.length() == 0 ? "" : " ").append(option.equals(chosen) ? "☑ " : "□ ").append(option);
        }
        return text.toString();
    }

    /** A full day as an Excel date in the first form, typed as {@code 2019. 1. 1} in the other; a month as text. */
    private void day(XSSFSheet sheet, int r, int c, org.opendisclosure.model.ProjectDate day, XSSFCellStyle style) {
        if (day == null) {
            return;
        }
        if (!day.first().equals(day.last())) {
            text(sheet, r, c, day.text());
        } else if (wan) {
            text(sheet, r, c, day.first().getYear() + ". " + day.first().getMonthValue() + ". " + day.first().getDayOfMonth());
        } else {
            Cell cell = cell(sheet, r, c);
            cell.setCellValue(day.first());
            cell.setCellStyle(style);
        }
    }

    private static int prose(XSSFSheet sheet, int r, String label, String text) {
        wide(sheet, r, label, text == null ? "" : text.strip());
        return r + 1;
    }

    /** A label and its value merged over the other three columns. */
    private static void wide(XSSFSheet sheet, int r, String label, String value) {
        text(sheet, r, 0, label);
        if (!value.isEmpty()) {
            text(sheet, r, 1, value);
        }
        sheet.addMergedRegion(new CellRangeAddress(r, r, 1, 3));
    }

    private static void row(XSSFSheet sheet, int r, List<String> texts) {
        for (int c = 0; c < texts.size(); c++) {
            text(sheet, r, c, texts.get(c));
        }
    }

    private static void text(XSSFSheet sheet, int r, int c, String text) {
        cell(sheet, r, c).setCellValue(text);
    }

    private static Cell cell(XSSFSheet sheet, int r, int c) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        return row.createCell(c);
    }

    /** An amount as a number, in 万元 (÷10,000, exactly) when asked. */
    private static void amount(XSSFSheet sheet, int r, int c, BigDecimal amount, boolean wan) {
        if (amount != null) {
            cell(sheet, r, c).setCellValue((wan ? amount.movePointLeft(4) : amount).doubleValue());
        }
    }
}
