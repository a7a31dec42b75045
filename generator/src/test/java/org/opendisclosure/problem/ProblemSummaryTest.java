package org.opendisclosure.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ProblemSummaryTest {

    @Test
    void everyProblemIsARowWithItsCellsMadeSafe() {
        List<Problem> problems = List.of(
                new Problem(Severity.ERROR, "funding-total", new SourcePosition("content/p.yaml", 13, 3),
                        "funding.annual_total", "年度资金申请总额", "应等于 a | b\n<script>"),
                new Problem(Severity.NOTE, "subprojects-total", new SourcePosition("content/q.yaml", 2, 1), "", "", "照录"));
        assertEquals("""
                ### 内容检查：1 个错误，1 条已说明的差异

                | 位置 | 级别 | 字段 | 说明 | 检查 |
                | --- | --- | --- | --- | --- |
                | content/p.yaml:13:3 | 错误 | funding.annual_total（年度资金申请总额） | 应等于 a \\| b &lt;script&gt; | `funding-total` |
                | content/q.yaml:2:1 | 说明 |  | 照录 | `subprojects-total` |
                """, ProblemSummary.markdown(problems));
    }

    @Test
    void noProblemsIsOneLine() {
        assertEquals("### 内容检查：没有错误\n\n", ProblemSummary.markdown(List.of()));
    }
}
