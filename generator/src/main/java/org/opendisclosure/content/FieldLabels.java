package org.opendisclosure.content;

import java.util.Map;

/**
 * The Chinese label of each key path, as printed on the official forms, for messages. Labels of
 * the two project forms differ where the forms name the same thing differently.
 */
public final class FieldLabels {

    private final Map<String, String> labels;

    private FieldLabels(Map<String, String> labels) {
        this.labels = labels;
    }

    /** The label of a key path (indexes ignored), or empty when there is none. */
    public String of(String keyPath) {
        return labels.getOrDefault(KeyPaths.pattern(keyPath), "");
    }

    public static final FieldLabels SITE = new FieldLabels(Map.of(
            "title", "站点名称",
            "description", "站点简介",
            "base_url", "站点网址"));

    public static final FieldLabels DEPARTMENT = new FieldLabels(Map.of(
            "id", "部门标识",
            "name", "部门名称",
            "units", "预算单位",
            "units[].id", "单位标识",
            "units[].name", "单位名称",
            "units[].kind", "单位性质"));

    public static final FieldLabels CATALOGUE = new FieldLabels(Map.of(
            "year", "科目年度",
            "functional", "支出功能分类科目",
            "economic", "部门预算支出经济分类科目"));

    /** Keys every published document's file has: where it comes from, notes, acknowledgements. */
    private static final Map<String, String> DOCUMENT_COMMON = Map.ofEntries(
            Map.entry("source", "资料来源"),
            Map.entry("cells", "来源单元格"),
            Map.entry("source.title", "资料来源"),
            Map.entry("source.url", "资料来源链接"),
            Map.entry("editor_notes", "编者注"),
            Map.entry("acknowledged", "已知差异说明"),
            Map.entry("acknowledged[].check", "所说明的检查"),
            Map.entry("acknowledged[].at", "所说明的字段"),
            Map.entry("acknowledged[].reason", "说明"));

    public static final FieldLabels BUDGET = new FieldLabels(withDocumentKeys(Map.ofEntries(
            Map.entry("department", "预算主管部门"),
            Map.entry("year", "预算年度"),
            Map.entry("catalogue", "科目年度"),
            Map.entry("title", "文件名称"),
            Map.entry("sections", "文字说明"),
            Map.entry("sections.functions", "部门主要职能"),
            Map.entry("sections.organisation", "部门机构设置"),
            Map.entry("sections.glossary", "名词解释"),
            Map.entry("sections.explanation", "部门预算编制说明"),
            Map.entry("sections.other", "其他相关情况说明"),
            Map.entry("functional", "功能分类预算行"),
            Map.entry("functional[].code", "功能分类科目编码"),
            Map.entry("functional[].name", "功能分类科目名称"),
            Map.entry("functional[].general_budget", "一般公共预算"),
            Map.entry("functional[].government_fund", "政府性基金"),
            Map.entry("functional[].business_income", "事业收入"),
            Map.entry("functional[].operating_income", "事业单位经营收入"),
            Map.entry("functional[].other_income", "其他收入"),
            Map.entry("functional[].basic", "基本支出"),
            Map.entry("functional[].project", "项目支出"),
            Map.entry("functional[].general_budget_spending", "一般公共预算安排的支出"),
            Map.entry("functional[].government_fund_spending", "政府性基金安排的支出"),
            Map.entry("functional[].printed_names", "原表印出的科目名称"),
            Map.entry("functional[].printed_names.income", "收入预算总表印出的名称"),
            Map.entry("functional[].printed_names.expenditure", "支出预算总表印出的名称"),
            Map.entry("functional[].printed_names.general_budget", "一般公共预算支出功能分类预算表印出的名称"),
            Map.entry("functional[].printed_names.government_fund", "政府性基金预算支出功能分类预算表印出的名称"),
            Map.entry("functional[].cells", "来源单元格"),
            Map.entry("functional[].cells.general_budget", "一般公共预算来源单元格"),
            Map.entry("functional[].cells.government_fund", "政府性基金来源单元格"),
            Map.entry("functional[].cells.business_income", "事业收入来源单元格"),
            Map.entry("functional[].cells.operating_income", "事业单位经营收入来源单元格"),
            Map.entry("functional[].cells.other_income", "其他收入来源单元格"),
            Map.entry("functional[].cells.basic", "基本支出来源单元格"),
            Map.entry("functional[].cells.project", "项目支出来源单元格"),
            Map.entry("economic", "基本支出经济分类行"),
            Map.entry("economic[].code", "经济分类科目编码"),
            Map.entry("economic[].name", "经济分类科目名称"),
            Map.entry("economic[].personnel", "人员经费"),
            Map.entry("economic[].office", "公用经费"),
            Map.entry("economic[].cells", "来源单元格"),
            Map.entry("economic[].cells.personnel", "人员经费来源单元格"),
            Map.entry("economic[].cells.office", "公用经费来源单元格"),
            Map.entry("three_public", "“三公”经费和机关运行经费（万元）"),
            Map.entry("three_public.overseas", "因公出国(境)费"),
            Map.entry("three_public.reception", "公务接待费"),
            Map.entry("three_public.vehicle_purchase", "公务用车购置费"),
            Map.entry("three_public.vehicle_operation", "公务用车运行费"),
            Map.entry("three_public.vehicles_subtotal", "公务用车购置及运行费小计"),
            Map.entry("three_public.total", "“三公”经费合计"),
            Map.entry("three_public.operating_costs", "机关运行经费"),
            Map.entry("procurement", "政府采购（万元）"),
            Map.entry("procurement.total", "政府采购预算"),
            Map.entry("procurement.goods", "政府采购货物预算"),
            Map.entry("procurement.works", "政府采购工程预算"),
            Map.entry("procurement.services", "政府采购服务预算"),
            Map.entry("procurement.sme_reserved", "面向中小企业预留"),
            Map.entry("procurement.small_micro_reserved", "预留给小型和微型企业"),
            Map.entry("performance", "绩效目标设置情况"),
            Map.entry("performance.units", "编报单位数"),
            Map.entry("performance.projects", "编报项目数"),
            Map.entry("performance.funds", "涉及项目预算资金（万元）"),
            Map.entry("key_projects", "重点项目说明"),
            Map.entry("key_projects[].project", "项目标识"),
            Map.entry("key_projects[].title", "标题"),
            Map.entry("key_projects[].text", "说明"),
            Map.entry("published_totals", "原表合计数"),
            Map.entry("published_totals.income_total", "收入总计"),
            Map.entry("published_totals.expenditure_total", "支出总计"),
            Map.entry("tables", "八张表的公开情况"),
            Map.entry("tables.financial_summary", "财务收支预算总表"),
            Map.entry("tables.income", "收入预算总表"),
            Map.entry("tables.expenditure", "支出预算总表"),
            Map.entry("tables.fiscal_summary", "财政拨款收支预算总表"),
            Map.entry("tables.general_budget", "一般公共预算支出功能分类预算表"),
            Map.entry("tables.government_fund", "政府性基金预算支出功能分类预算表"),
            Map.entry("tables.basic_economic", "一般公共预算基本支出经济分类预算表"),
            Map.entry("tables.three_public", "“三公”经费和机关运行经费预算表"))));

    public static final FieldLabels RULES = new FieldLabels(Map.of(
            "year", "预算年度",
            "title", "清单名称",
            "basis", "依据",
            "tables", "应公开的部门预算表",
            "items", "其他应公开的内容",
            "items[].check", "核对项",
            "items[].label", "名称",
            "items[].phrase", "说明中应有的词语",
            "items[].minimum_share", "最低公开比例（%）"));

    private static final Map<String, String> PROJECT_COMMON = Map.ofEntries(
            Map.entry("id", "项目标识"),
            Map.entry("year", "预算年度"),
            Map.entry("form", "申报表式样"),
            Map.entry("name", "项目名称"),
            Map.entry("department", "主管部门"),
            Map.entry("unit", "实施单位"),
            Map.entry("category", "项目类别"),
            Map.entry("purpose", "资金用途"),
            Map.entry("period", "实施期间"),
            Map.entry("contact", "联系方式"),
            Map.entry("contact.manager", "项目负责人"),
            Map.entry("contact.person", "联系人"),
            Map.entry("contact.phone", "联系电话"),
            Map.entry("funding", "项目资金"),
            Map.entry("funding.project_fiscal", "项目资金总额其中：财政资金"),
            Map.entry("funding.project_other", "项目资金总额其中：其他资金"),
            Map.entry("funding.appropriation", "当年财政拨款"),
            Map.entry("funding.carried_over", "上年结转资金"),
            Map.entry("funding.other", "其他资金"),
            Map.entry("funding.prior_year_budget", "同名项目上年预算额"),
            Map.entry("funding.prior_year_execution", "同名项目上年预算执行数"),
            Map.entry("subprojects", "项目当年投入资金构成"),
            Map.entry("subprojects[]", "子项目"),
            Map.entry("subprojects[].name", "子项目名称"),
            Map.entry("subprojects[].amount", "预算金额"),
            Map.entry("overview", "项目概况"),
            Map.entry("basis", "立项依据"),
            Map.entry("necessity", "项目设立的必要性"),
            Map.entry("safeguards", "保证项目实施的制度、措施"),
            Map.entry("plan", "项目实施计划"),
            Map.entry("goals", "绩效目标"),
            Map.entry("goals.overall", "项目总目标"),
            Map.entry("remarks", "备注"),
            Map.entry("functional_code", "功能分类科目编码"),
            Map.entry("indicators[]", "一级指标"),
            Map.entry("indicators[].groups[]", "二级指标"),
            Map.entry("indicators[].groups[].items[]", "三级指标"),
            Map.entry("indicators[].groups[].items[].target", "指标值"),
            Map.entry("indicators[].items[]", "绩效指标"),
            Map.entry("indicators[].items[].target", "指标目标值"));

    public static final FieldLabels PROJECT_2019 = new FieldLabels(merge(Map.ofEntries(
            Map.entry("nature", "项目类型"),
            Map.entry("unit", "申报单位"),
            Map.entry("period.start", "开始时间"),
            Map.entry("period.end", "结束时间"),
            Map.entry("funding.project_total", "项目总预算"),
            Map.entry("funding.annual_total", "项目当年预算"),
            Map.entry("goals.annual", "年度绩效目标"),
            Map.entry("indicators", "分解目标"),
            Map.entry("indicators[].level1", "一级指标"),
            Map.entry("indicators[].groups[].level2", "二级指标"),
            Map.entry("indicators[].groups[].items[].name", "三级指标"),
            Map.entry("indicators[].items[].name", "绩效指标"))));

    public static final FieldLabels PROJECT_2024 = new FieldLabels(merge(Map.ofEntries(
            Map.entry("nature", "项目性质"),
            Map.entry("period.start", "计划开始日期"),
            Map.entry("period.end", "计划完成日期"),
            Map.entry("funding.project_total", "项目资金总额"),
            Map.entry("funding.annual_total", "年度资金申请总额"),
            Map.entry("goals.annual", "年度总体目标"),
            Map.entry("indicators", "绩效指标"),
            Map.entry("indicators[].level1", "一级指标"),
            Map.entry("indicators[].groups[].level2", "二级指标"),
            Map.entry("indicators[].groups[].items[].name", "三级指标"),
            Map.entry("indicators[].items[].name", "三级指标"))));

    /** Labels for a project whose form is not known (yet or at all). */
    public static final FieldLabels PROJECT_UNKNOWN_FORM = PROJECT_2024;

    private static Map<String, String> withDocumentKeys(Map<String, String> labels) {
        java.util.HashMap<String, String> all = new java.util.HashMap<>(DOCUMENT_COMMON);
        all.putAll(labels);
        return Map.copyOf(all);
    }

    private static Map<String, String> merge(Map<String, String> specific) {
        java.util.HashMap<String, String> all = new java.util.HashMap<>(withDocumentKeys(PROJECT_COMMON));
        all.putAll(specific);
        return Map.copyOf(all);
    }
}
