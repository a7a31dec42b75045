package org.opendisclosure.check;

import java.time.LocalDate;

import org.opendisclosure.model.Period;
import org.opendisclosure.model.Project;
import org.opendisclosure.problem.ProblemCodes;
import org.opendisclosure.problem.ProblemCollector;

/** Checks 实施期间: the start is not after the end, and the period touches the budget year. */
final class ProjectPeriodCheck {

    private ProjectPeriodCheck() {
    }

    static void check(Project project, ProblemCollector problems) {
        Period period = project.period();
        if (period.start() == null || period.end() == null) {
            return;
        }
        var labels = ProjectArithmeticCheck.labels(project);
        if (period.start().first().isAfter(period.end().last())) {
            problems.error(ProblemCodes.PERIOD, project.sourceMap().at("period.end"), "period.end",
                    labels.of("period.end"), "不应早于开始时间 " + period.start().text() + "；实际是 " + period.end().text());
            return;
        }
        if (project.year() > 0) {
            LocalDate yearStart = LocalDate.of(project.year(), 1, 1);
            LocalDate yearEnd = LocalDate.of(project.year(), 12, 31);
            if (period.end().last().isBefore(yearStart) || period.start().first().isAfter(yearEnd)) {
                problems.error(ProblemCodes.PERIOD, project.sourceMap().at("period"), "period", labels.of("period"),
                        "实施期间应覆盖预算年度 " + project.year() + " 年的至少一天；实际是 " + period.start().text() + " 至 "
                                + period.end().text());
            }
        }
    }
}
