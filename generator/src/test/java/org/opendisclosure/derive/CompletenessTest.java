package org.opendisclosure.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.FixtureSite;
import org.opendisclosure.SiteGenerator;
import org.opendisclosure.derive.Completeness.Outcome;
import org.opendisclosure.model.PublishedTable;
import org.opendisclosure.model.TableStatus;

/**
 * 公开完整性 of a department's budget against the year's rules, which are content: the tables the editor states
 * as not transcribed, empty or missing, and each other item found or not in the budget.
 */
class CompletenessTest {

    @TempDir
    Path dir;

    static final String RULES = """
            year: 2019
            title: 测试清单
            tables:
              - financial_summary
              - income
              - fiscal_summary
              - government_fund
            items:
              - check: three_public
                label: “三公”经费
                phrase: “三公”经费
              - check: operating_costs
                label: 机关运行经费
              - check: procurement
                label: 政府采购
                phrase: 政府采购
              - check: performance_targets
                label: 项目绩效目标
                minimum_share: 60
              - check: glossary
                label: 名词解释
            """;

    private static SiteModel model(FixtureSite site) {
        SiteGenerator.CheckedContent checked = new SiteGenerator().check(site.request());
        assertFalse(checked.report().hasErrors(), checked.report().problems().toString());
        return new SiteModel(checked.content(), checked.rollups());
    }

    private static Completeness of(SiteModel model, int year, String department) {
        return model.completeness(model.year(year).department(department)).orElseThrow();
    }

    private static String findings(Completeness c) {
        return String.join("; ", c.items().stream().map(i -> i.rule().check().key() + " " + i.outcome()
                + (i.explained() == null ? "" : i.explained() ? " explained" : " unexplained")).toList());
    }

    @Test
    void tablesAreAsTheEditorStatesThemAndPublishedWhenNotStated() {
        FixtureSite site = FixtureSite.in(dir).withBudget().file("content/rules/2019.yaml", RULES)
                .file("content/budgets/2019/dept.yaml", FixtureSite.BUDGET + """
                        tables:
                          fiscal_summary: not_transcribed
                          government_fund: empty
                          income: missing
                        """);
        Completeness c = of(model(site), 2019, "dept");
        assertTrue(c.budgetHeld());
        assertEquals(List.of(new Completeness.TableFinding(PublishedTable.FINANCIAL_SUMMARY, TableStatus.PUBLISHED),
                new Completeness.TableFinding(PublishedTable.INCOME, TableStatus.MISSING),
                new Completeness.TableFinding(PublishedTable.FISCAL_SUMMARY, TableStatus.NOT_TRANSCRIBED),
                new Completeness.TableFinding(PublishedTable.GOVERNMENT_FUND, TableStatus.EMPTY)), c.tables(),
                "in the rules' order; only the tables the rules name");
        assertEquals(3, c.publishedTables(), "not transcribed and empty tables were published; a missing one not");
    }

    @Test
    void figuresWithoutTheExplanationTheRulesAskForArePartlyMet() {
        Completeness c = of(model(FixtureSite.in(dir).withBudget().file("content/rules/2019.yaml", RULES)), 2019,
                "dept");
        assertEquals("three_public PARTLY unexplained; operating_costs MET; procurement PARTLY unexplained; "
                + "performance_targets PARTLY; glossary NOT_MET", findings(c),
                "the fixture budget has the figures but no 其他相关情况说明, no 名词解释 and no 编报项目数");
        Completeness.ItemFinding performance = c.items().get(3);
        assertEquals(1, performance.published(), "p2019 has indicators");
        assertEquals(null, performance.declared());
    }

    @Test
    void theShareOfProjectsWithPublishedTargetsIsHeldAgainstTheRule() {
        String budget = FixtureSite.BUDGET.replace("""
                  functions: |
                """, """
                  glossary: |
                    （一）“三公”经费：……
                  other: |
                    一、“三公”经费预算情况说明。二、政府采购情况。
                  functions: |
                """) + """
                performance:
                  projects: 2
                """;
        FixtureSite site = FixtureSite.in(dir).withBudget().file("content/rules/2019.yaml", RULES)
                .file("content/budgets/2019/dept.yaml", budget);
        Completeness c = of(model(site), 2019, "dept");
        assertEquals("three_public MET explained; operating_costs MET; procurement MET explained; "
                + "performance_targets NOT_MET; glossary MET", findings(c));
        assertEquals("50.00", c.items().get(3).share().toPlainString(), "1 of 2 is below 60 %");

        site.file("content/rules/2019.yaml", RULES.replace("minimum_share: 60", "minimum_share: 50"));
        assertEquals(Outcome.MET, of(model(site), 2019, "dept").items().get(3).outcome(), "50 % meets 50 %");
    }

    @Test
    void aDepartmentWithoutABudgetCannotBeCheckedAndAYearWithoutRulesIsNot() {
        SiteModel model = model(FixtureSite.in(dir).standard().file("content/rules/2019.yaml", RULES));
        Completeness c = of(model, 2019, "dept");
        assertFalse(c.budgetHeld());
        assertEquals(List.of(), c.tables());
        assertTrue(model.completeness(model.year(2024).department("dept")).isEmpty(), "no rules for 2024");
    }
}
