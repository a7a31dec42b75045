package org.opendisclosure.check;

import java.util.List;
import java.util.Map;

import org.opendisclosure.content.DidYouMean;
import org.opendisclosure.content.FieldLabels;
import org.opendisclosure.model.IndicatorGroup;
import org.opendisclosure.model.IndicatorSubgroup;
import org.opendisclosure.model.Project;
import org.opendisclosure.problem.ProblemCodes;
import org.opendisclosure.problem.ProblemCollector;

/**
 * Checks indicator tables against the form: 一级 and 二级指标 names are the form's, each 二级 under
 * its own 一级, and a table is either all three-level or all two-level.
 */
final class IndicatorLevelCheck {

    private IndicatorLevelCheck() {
    }

    static void check(Project project, ProblemCollector problems) {
        Map<String, List<String>> levels = project.form().levelNames();
        FieldLabels labels = ProjectArithmeticCheck.labels(project);
        List<IndicatorGroup> groups = project.indicators();
        boolean anyThree = groups.stream().anyMatch(IndicatorGroup::threeLevel);
        boolean anyTwo = groups.stream().anyMatch(g -> !g.threeLevel());
        if (anyThree && anyTwo) {
            IndicatorGroup firstTwo = groups.stream().filter(g -> !g.threeLevel()).findFirst().orElseThrow();
            problems.error(ProblemCodes.INDICATOR_LEVELS, project.sourceMap().at(firstTwo.keyPath()), firstTwo.keyPath(),
                    labels.of(firstTwo.keyPath()),
                    "同一张指标表应全部为三级（groups）或全部为两级（items）；这里是两级，而其他一级指标有二级指标");
        }
        for (IndicatorGroup group : groups) {
            String level1 = group.level1();
            if (level1 != null && !levels.containsKey(level1)) {
                String path = group.keyPath() + ".level1";
                problems.error(ProblemCodes.ALLOWED_VALUE, project.sourceMap().at(path), path, labels.of(path),
                        project.form().code() + " 年表式的一级指标应为以下之一：" + String.join("、", levels.keySet())
                                + "；实际是“" + level1 + "”" + DidYouMean.hint(level1, levels.keySet()));
                continue;
            }
            if (!group.threeLevel() || level1 == null) {
                continue;
            }
            List<String> allowed = levels.get(level1);
            for (IndicatorSubgroup subgroup : group.subgroups()) {
                String level2 = subgroup.level2();
                if (level2 != null && !allowed.contains(level2)) {
                    String path = subgroup.keyPath() + ".level2";
                    problems.error(ProblemCodes.ALLOWED_VALUE, project.sourceMap().at(path), path, labels.of(path),
                            "一级指标“" + level1 + "”下的二级指标应为以下之一：" + String.join("、", allowed) + "；实际是“"
                                    + level2 + "”" + DidYouMean.hint(level2, allowed));
                }
            }
        }
    }
}
