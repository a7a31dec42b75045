package org.opendisclosure.export;

import static org.opendisclosure.export.OpenDataField.amount;
import static org.opendisclosure.export.OpenDataField.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.opendisclosure.derive.DepartmentYear;
import org.opendisclosure.address.SiteAddresses;
import org.opendisclosure.derive.SiteModel;
import org.opendisclosure.derive.YearInSite;
import org.opendisclosure.model.BudgetRow;
import org.opendisclosure.model.BudgetUnit;
import org.opendisclosure.model.ClassificationCode;
import org.opendisclosure.model.Department;
import org.opendisclosure.model.EconomicRow;
import org.opendisclosure.model.Funding;
import org.opendisclosure.model.Indicator;
import org.opendisclosure.model.IndicatorGroup;
import org.opendisclosure.model.IndicatorSubgroup;
import org.opendisclosure.model.Project;
import org.opendisclosure.model.ProjectDate;

/**
 * The open-data tables of one year, built from the derived site: projects, their indicators, and
 * the department budgets' rows by functional and by economic code. Column names are the content's
 * own YAML keys where there is one, so a row reads like the file it came from; the Fiscal Data
 * Package column types say what each column means to fiscal tools.
 */
final class YearTables {

    private static final String FISCAL_YEAR = "date:fiscal-year";
    private static final String DEPARTMENT_CODE = "administrative-classification:generic:level1:code";
    private static final String DEPARTMENT_LABEL = "administrative-classification:generic:level1:label";
    private static final String UNIT_CODE = "administrative-classification:generic:level2:code";
    private static final String UNIT_LABEL = "administrative-classification:generic:level2:label";
    private static final String PROJECT_CODE = "activity:generic:project:code";
    private static final String PROJECT_LABEL = "activity:generic:project:label";

    private static final OpenDataField YEAR = new OpenDataField("year", "预算年度", OpenDataField.Type.INTEGER,
            FISCAL_YEAR, "");
    private static final OpenDataField DEPARTMENT = text("department", "主管部门编号", DEPARTMENT_CODE,
            "本站为主管部门定的编号");
    private static final OpenDataField DEPARTMENT_NAME = text("department_name", "主管部门", DEPARTMENT_LABEL, "");
    private static final OpenDataField PROJECT = text("project", "项目编号", PROJECT_CODE,
            "本站为项目定的编号；同一项目在不同年度编号相同");

    private final SiteModel site;
    private final YearInSite inYear;
    private final int year;

    YearTables(SiteModel site, YearInSite inYear) {
        this.site = site;
        this.inYear = inYear;
        this.year = inYear.year();
    }

    /** The year's tables that have rows, in a fixed order. */
    List<OpenDataTable> all() {
        return makers().stream().map(Supplier::get).filter(t -> !t.rows().isEmpty()).toList();
    }

    /** How to make each table, in the order of {@link #all()}: for a caller that makes them one at a time. */
    List<Supplier<OpenDataTable>> makers() {
        return List.of(this::projects, this::indicators, this::functional, this::economic, this::cells);
    }

    OpenDataTable projects() {
        List<OpenDataField> fields = List.of(YEAR, PROJECT,
                text("name", "项目名称", PROJECT_LABEL, ""),
                DEPARTMENT, DEPARTMENT_NAME,
                text("unit", "单位编号", UNIT_CODE, "本站为预算单位定的编号"),
                text("unit_name", "实施单位", UNIT_LABEL, "2019 年表称申报单位"),
                text("form", "申报表式样", null, "2019 或 2024：项目支出绩效目标申报表的年度式样"),
                text("nature", "项目性质/项目类型", null, ""),
                text("category", "项目类别", null, "2024 年表"),
                text("purpose", "资金用途", null, "2019 年表"),
                text("functional_code", "功能分类科目编码", "functional-classification:generic:code", ""),
                text("start", "开始日期", "date:activity-start", "按原表：年-月-日，或年-月"),
                text("end", "完成日期", "date:activity-end", "按原表：年-月-日，或年-月"),
                amount("project_total", "项目总预算/项目资金总额", "元"),
                amount("project_fiscal", "项目资金总额中的财政资金", "元；2024 年表"),
                amount("project_other", "项目资金总额中的其他资金", "元；2024 年表"),
                amount("annual_total", "年度资金申请总额/项目当年预算", "元"),
                amount("appropriation", "当年财政拨款", "元；2024 年表"),
                amount("carried_over", "上年结转资金", "元；2024 年表"),
                amount("other", "其他资金", "元；2024 年表"),
                amount("prior_year_budget", "同名项目上年预算额", "元；2019 年表"),
                amount("prior_year_execution", "同名项目上年预算执行数", "元；2019 年表"),
                text("page", "项目页面", null, "本站中项目页面的路径，相对于站点根目录"));
        List<List<Object>> rows = new ArrayList<>();
        for (Project p : inYear.projects()) {
            Department department = site.department(p.departmentId());
            BudgetUnit unit = site.unit(p.unitId());
            Funding f = p.funding();
            rows.add(Arrays.asList(year, p.id(), p.name(), department.id(), department.name(), unit.id(), unit.name(),
                    p.form().code(), p.nature(), p.category(), p.purpose(), p.functionalCode(),
                    date(p.period().start()), date(p.period().end()), f.projectTotal(), f.projectFiscal(),
                    f.projectOther(), f.annualTotal(), f.appropriation(), f.carriedOver(), f.other(),
                    f.priorYearBudget(), f.priorYearExecution(),
                    SiteAddresses.project(year, p.id())));
        }
        return new OpenDataTable("projects", year, year + " 年项目", "每行一个项目：单位、性质、期限与资金。", fields,
                List.of("project"), rows);
    }

    OpenDataTable indicators() {
        List<OpenDataField> fields = List.of(YEAR, PROJECT,
                text("project_name", "项目名称", PROJECT_LABEL, ""),
                new OpenDataField("position", "序号", OpenDataField.Type.INTEGER, null, "指标在项目绩效指标表中的次序，从 1 起"),
                text("level1", "一级指标", null, ""),
                text("level2", "二级指标", null, "两级指标表中为空"),
                text("name", "三级指标/指标名称", null, ""),
                text("target", "指标值（原文）", null, "按原表照录"),
                text("comparator", "比较符", null, "= ≥ ≤ > <；定性指标为空"),
                new OpenDataField("number", "指标值数值", OpenDataField.Type.NUMBER, null, "从原文读出的数值；定性指标为空"),
                text("unit", "计量单位", null, "从原文读出的单位，如 %、元/分钟"));
        List<List<Object>> rows = new ArrayList<>();
        for (Project p : inYear.projects()) {
            int position = 0;
            for (IndicatorGroup group : p.indicators()) {
                for (IndicatorSubgroup subgroup : group.subgroups()) {
                    for (Indicator indicator : subgroup.indicators()) {
                        var target = indicator.target();
                        rows.add(Arrays.asList(year, p.id(), p.name(), ++position, group.level1(),
                                group.threeLevel() ? subgroup.level2() : null, indicator.name(), target.text(),
                                target.comparator() == null ? null : target.comparator().symbol(), target.number(),
                                target.isQuantitative() ? target.unit() : null));
                    }
                }
            }
        }
        return new OpenDataTable("indicators", year, year + " 年绩效指标", "每行一个项目的一个绩效指标，原文与读出的比较符、数值、单位并列。",
                fields, List.of("project", "position"), rows);
    }

    OpenDataTable functional() {
        List<OpenDataField> fields = List.of(YEAR, DEPARTMENT, DEPARTMENT_NAME,
                text("class", "类", "functional-classification:generic:level1:code", "功能分类科目编码的前 3 位"),
                text("section", "款", "functional-classification:generic:level2:code", "功能分类科目编码的前 5 位"),
                text("code", "功能分类科目编码（项）", "functional-classification:generic:level3:code", ""),
                text("name", "功能分类科目名称", "functional-classification:generic:level3:label", "按当年分类科目表"),
                amount("general_budget", "一般公共预算拨款", "元"),
                amount("government_fund", "政府性基金拨款", "元"),
                amount("business_income", "事业收入", "元"),
                amount("operating_income", "事业单位经营收入", "元"),
                amount("other_income", "其他收入", "元"),
                amount("basic", "基本支出", "元"),
                amount("project", "项目支出", "元"),
                amount("total", "支出合计", "元；基本支出与项目支出之和"),
                CELLS);
        List<List<Object>> rows = new ArrayList<>();
        for (DepartmentYear budget : inYear.budgets()) {
            Department d = budget.department();
            for (BudgetRow r : budget.budget().rows()) {
                rows.add(Arrays.asList(year, d.id(), d.name(), prefix(r.code(), ClassificationCode.CLASS),
                        prefix(r.code(), ClassificationCode.SECTION), r.code(), budget.functionalName(r.code()),
                        r.generalBudget(), r.governmentFund(), r.businessIncome(), r.operatingIncome(), r.otherIncome(),
                        r.basic(), r.project(), sum(r.basic(), r.project()), cells(r.cells())));
            }
        }
        return new OpenDataTable("functional", year, year + " 年部门预算（按功能分类）",
                "每行一个部门在一个功能分类科目（项）上的收入来源与支出。", fields, List.of("department", "code"), rows);
    }

    OpenDataTable economic() {
        List<OpenDataField> fields = List.of(YEAR, DEPARTMENT, DEPARTMENT_NAME,
                text("class", "经济分类类", "economic-classification:generic:level1:code", "经济分类科目编码的前 3 位"),
                text("code", "经济分类科目编码（款）", "economic-classification:generic:level2:code", ""),
                text("name", "经济分类科目名称", "economic-classification:generic:level2:label", "按当年分类科目表"),
                amount("personnel", "人员经费", "元"),
                amount("office", "公用经费", "元"),
                amount("total", "合计", "元；人员经费与公用经费之和"),
                CELLS);
        List<List<Object>> rows = new ArrayList<>();
        for (DepartmentYear budget : inYear.budgets()) {
            Department d = budget.department();
            for (EconomicRow r : budget.budget().economicRows()) {
                rows.add(Arrays.asList(year, d.id(), d.name(), prefix(r.code(), 3), r.code(),
                        budget.economicName(r.code()), r.personnel(), r.office(), r.total(), cells(r.cells())));
            }
        }
        return new OpenDataTable("economic", year, year + " 年一般公共预算基本支出（按经济分类）",
                "每行一个部门在一个经济分类科目（款）上的基本支出。", fields, List.of("department", "code"), rows);
    }

    /**
     * Where the imported figures that are not budget rows came from: a project's funding, sub-projects
     * and indicator targets, a budget's 三公 figures and published totals — one row per figure, named by
     * its key path in the content file. Empty (and so not written) when everything was typed by hand.
     */
    OpenDataTable cells() {
        List<OpenDataField> fields = List.of(YEAR,
                text("document", "文件", null, "budget（部门预算）或 project（项目）"),
                text("id", "部门或项目编号", null, "budget 为主管部门编号，project 为项目编号"),
                text("key", "数字的位置", null, "内容文件中的键路径，如 three_public.overseas、funding.annual_total"),
                text("cell", "来源单元格", null, "工作表!单元格"));
        List<List<Object>> rows = new ArrayList<>();
        for (DepartmentYear budget : inYear.budgets()) {
            budget.budget().cells().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(
                    c -> rows.add(Arrays.asList(year, "budget", budget.department().id(), c.getKey(), c.getValue())));
        }
        for (Project p : inYear.projects()) {
            p.cells().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .forEach(c -> rows.add(Arrays.asList(year, "project", p.id(), c.getKey(), c.getValue())));
        }
        return new OpenDataTable("cells", year, year + " 年导入数字的来源单元格",
                "每行一个从工作簿导入的数字（预算行之外的：三公经费、公布的合计、项目资金、子项目、指标值）：它在内容文件中的位置与来源单元格。",
                fields, List.of("document", "id", "key"), rows);
    }

    /**
     * Where a row's amounts were imported from, as {@code 列名=工作表!单元格} pairs joined by {@code ;}
     * in the columns' order ({@code basic=支出预算总表!F21;project=支出预算总表!G21}); empty for a
     * hand-written row.
     */
    private static final OpenDataField CELLS = text("cells", "来源单元格", null,
            "导入的行：各金额来自工作簿的哪个单元格，写成 列名=工作表!单元格，以分号分隔；手工录入的行为空");

    private static String cells(java.util.Map<String, String> cells) {
        List<String> pairs = new ArrayList<>();
        for (String key : List.of("general_budget", "government_fund", "business_income", "operating_income",
                "other_income", "basic", "project", "personnel", "office")) {
            if (cells.containsKey(key)) {
                pairs.add(key + "=" + cells.get(key));
            }
        }
        return pairs.isEmpty() ? null : String.join(";", pairs);
    }

    private static String prefix(String code, int length) {
        return code.length() >= length ? code.substring(0, length) : null;
    }

    private static java.math.BigDecimal sum(java.math.BigDecimal a, java.math.BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }

    private static String date(ProjectDate date) {
        return date == null ? null : date.text();
    }
}
