package org.opendisclosure.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ProblemFormatTest {

    private static final Problem PROBLEM = new Problem(Severity.ERROR, "funding-total",
            new SourcePosition("content/projects/2024/a,b:c.yaml", 13, 3), "funding.annual_total", "年度资金申请总额",
            "应等于 100%\n第二行");

    @Test
    void plainIsTheOneLineFormEditorsRead() {
        assertEquals(PROBLEM.format(), ProblemFormat.PLAIN.format(PROBLEM));
    }

    @Test
    void githubIsAWorkflowCommandWithItsValuesEscaped() {
        assertEquals("::error file=content/projects/2024/a%2Cb%3Ac.yaml,line=13,col=3,"
                + "title=funding.annual_total（年度资金申请总额） [funding-total]::应等于 100%25%0A第二行",
                ProblemFormat.GITHUB.format(PROBLEM));
        assertEquals("::warning", ProblemFormat.GITHUB.format(PROBLEM.withSeverity(Severity.WARNING)).substring(0, 9));
        assertEquals("::notice", ProblemFormat.GITHUB.format(PROBLEM.withSeverity(Severity.NOTE)).substring(0, 8));
    }

    @Test
    void formatsAreNamedInAnyCaseAndUnknownNamesSayWhatExists() {
        assertEquals(ProblemFormat.GITHUB, ProblemFormat.named("GitHub"));
        assertEquals("未知的输出格式“json”；可用：plain、github",
                assertThrows(IllegalArgumentException.class, () -> ProblemFormat.named("json")).getMessage());
    }
}
