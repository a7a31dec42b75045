package org.opendisclosure.check;

import java.util.List;
import java.util.Optional;

import org.opendisclosure.content.FieldLabels;
import org.opendisclosure.content.TargetParser;
import org.opendisclosure.model.DepartmentBudget;
import org.opendisclosure.model.Indicator;
import org.opendisclosure.model.IndicatorGroup;
import org.opendisclosure.model.IndicatorSubgroup;
import org.opendisclosure.model.KeyProject;
import org.opendisclosure.model.Project;
import org.opendisclosure.model.SourceMap;
import org.opendisclosure.problem.ProblemCodes;
import org.opendisclosure.problem.ProblemCollector;

/**
 * Warns about a target (指标值) that looks quantitative but does not read as comparator, number
 * and unit, when a usual slip explains it ({@link TargetParser#likelyMeant}): {@code ≥37l(人)},
 * {@code ≥98（%}. Such a target would silently become text, out of the open data's numbers and of
 * the goal-text comparison. A slip printed in the official form is acknowledged, not corrected.
 */
final class TargetFormatCheck {

    private TargetFormatCheck() {
    }

    static void check(Project project, ProblemCollector problems) {
        check(project.indicators(), project.sourceMap(), ProjectArithmeticCheck.labels(project), problems);
    }

    static void check(DepartmentBudget budget, ProblemCollector problems) {
        for (KeyProject key : budget.keyProjects()) {
            check(key.indicators(), budget.sourceMap(), FieldLabels.BUDGET, problems);
        }
    }

    private static void check(List<IndicatorGroup> groups, SourceMap sourceMap, FieldLabels labels,
            ProblemCollector problems) {
        for (IndicatorGroup group : groups) {
            for (IndicatorSubgroup subgroup : group.subgroups()) {
                for (Indicator indicator : subgroup.indicators()) {
                    if (indicator.target() == null) {
                        continue;
                    }
                    String text = indicator.target().text();
                    Optional<String> meant = TargetParser.likelyMeant(text);
                    if (meant.isPresent()) {
                        String path = indicator.keyPath() + ".target";
                        problems.warning(ProblemCodes.TARGET_FORMAT, sourceMap.at(path), path, labelOf(labels, path),
                                "“" + text + "”像是数值目标，却读不出比较符号、数字和单位，只能当作文字；是不是“"
                                        + meant.get() + "”？");
                    }
                }
            }
        }
    }

    private static String labelOf(FieldLabels labels, String path) {
        String label = labels.of(path);
        return label.isEmpty() ? "指标值" : label;
    }
}
