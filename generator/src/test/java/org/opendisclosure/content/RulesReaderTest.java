package org.opendisclosure.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.FixtureSite;
import org.opendisclosure.model.Content;
import org.opendisclosure.model.DisclosureRules;
import org.opendisclosure.model.PublishedTable;
import org.opendisclosure.model.RuleCheck;
import org.opendisclosure.problem.Problem;
import org.opendisclosure.problem.ProblemCollector;

/**
 * Loading a year's rules of disclosure ({@code rules/<year>.yaml}) and a budget's table statuses: the values, and
 * every mistake at its file, line and column with what was expected.
 */
class RulesReaderTest {

    @TempDir
    Path dir;

    private Content load(FixtureSite site, ProblemCollector problems) {
        return new ContentLoader(ContentLimits.DEFAULT).load(site.content(), site.root(), problems);
    }

    private static List<String> messages(ProblemCollector problems) {
        return problems.sorted().stream().map(Problem::format).toList();
    }

    @Test
    void readsTheRulesOfAYear() {
        ProblemCollector problems = new ProblemCollector();
        Content content = load(FixtureSite.in(dir).standard().file("content/rules/2019.yaml", """
                year: 2019
                title: 清单
                basis: 依据预算法
                tables:
                  - fiscal_summary
                  - three_public
                items:
                  - check: performance_targets
                    label: 项目绩效目标
                    minimum_share: 60
                """), problems);
        assertEquals(List.of(), messages(problems));
        DisclosureRules rules = content.rules().get(0);
        assertEquals(2019, rules.year());
        assertEquals(List.of(PublishedTable.FISCAL_SUMMARY, PublishedTable.THREE_PUBLIC), rules.tables());
        assertEquals(RuleCheck.PERFORMANCE_TARGETS, rules.items().get(0).check());
        assertEquals(new BigDecimal("60"), rules.items().get(0).minimumShare());
        assertEquals("content/rules/2019.yaml", rules.file());
    }

    @Test
    void everyMistakeIsReportedWhereItStands() {
        ProblemCollector problems = new ProblemCollector();
        load(FixtureSite.in(dir).standard().file("content/rules/2019.yaml", """
                year: 2019
                title: 清单
                tables:
                  - fiscal_sumary
                  - income
                  - income
                items:
                  - check: glosary
                    label: 名词解释
                  - check: performance_targets
                    label: 绩效目标
                    minimum_share: 160
                    threshold: 60
                """).file("content/budgets/2019/dept.yaml", FixtureSite.BUDGET + """
                tables:
                  income: mising
                  incomes: empty
                """).file("content/catalogues/2019.yaml", FixtureSite.CATALOGUE), problems);
        assertEquals(List.of(
                "content/budgets/2019/dept.yaml:54:3: error: tables.income（收入预算总表）: 应为以下之一：published、"
                        + "not_transcribed、empty、missing；实际是“mising”；是否想写：missing？ [allowed-value]",
                "content/budgets/2019/dept.yaml:55:3: error: tables.incomes: 未知的键“incomes”；是否想写：income？ [unknown-key]",
                "content/rules/2019.yaml:4:5: error: tables[0]（应公开的部门预算表）: 应为以下之一：financial_summary、income、"
                        + "expenditure、fiscal_summary、general_budget、government_fund、basic_economic、three_public；"
                        + "实际是“fiscal_sumary”；是否想写：fiscal_summary？ [allowed-value]",
                "content/rules/2019.yaml:6:5: error: tables[2]（应公开的部门预算表）: 表“income”已在前面列出；每张表只列一次 [duplicate-id]",
                "content/rules/2019.yaml:8:5: error: items[0].check（核对项）: 应为以下之一：three_public、operating_costs、"
                        + "procurement、performance_targets、glossary；实际是“glosary”；是否想写：glossary？ [allowed-value]",
                "content/rules/2019.yaml:12:20: error: items[1].minimum_share（最低公开比例（%））: 应为 0 到 100 之间的百分数，"
                        + "如 60；实际是 160 [type]",
                "content/rules/2019.yaml:13:5: error: items[1].threshold: 未知的键“threshold”；这里可用的键：check、label、phrase、minimum_share"
                        + " [unknown-key]"),
                messages(problems));
    }
}
