package org.opendisclosure.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.opendisclosure.content.FieldLabels;
import org.opendisclosure.model.Indicator;
import org.opendisclosure.model.IndicatorGroup;
import org.opendisclosure.model.IndicatorSubgroup;
import org.opendisclosure.model.Project;
import org.opendisclosure.problem.ProblemCodes;
import org.opendisclosure.problem.ProblemCollector;

/**
 * 表文一致: the numbers a project's goal texts promise agree with its indicator table. Each claim
 * of a goal text ({@link GoalClaims}) is compared with the one quantitative indicator it is
 * plainly about, and a warning names both where their numbers differ ({@code 投诉率低于千分之零点八}
 * against {@code 热线投诉率 ≤0.80(%)}). It is built not to cry wolf: a claim is compared only when
 * exactly one indicator of the same unit is named by what the claim is said of — the whole
 * subject ({@code 投诉率} in {@code 热线投诉率}), or four or more of its last characters
 * ({@code 受益人群满意度}); for a count, also by the words after its unit. Comparators are not
 * compared ({@code 达到 98%以上} and {@code >98%} agree). A discrepancy printed in the official form is
 * acknowledged, with a reason, and shown to readers under 已知差异. Stateless.
 */
final class GoalTextCheck {

    /** The shortest ending of a longer subject that names an indicator by itself. */
    private static final int MIN_PARTIAL_SUBJECT = 4;

    private GoalTextCheck() {
    }

    static void check(Project project, ProblemCollector problems) {
        List<Indicator> quantitative = new ArrayList<>();
        for (IndicatorGroup group : project.indicators()) {
            for (IndicatorSubgroup subgroup : group.subgroups()) {
                for (Indicator indicator : subgroup.indicators()) {
                    if (indicator.name() != null && indicator.target() != null && indicator.target().isQuantitative()) {
                        quantitative.add(indicator);
                    }
                }
            }
        }
        if (quantitative.isEmpty()) {
            return;
        }
        FieldLabels labels = ProjectArithmeticCheck.labels(project);
        check(project, "goals.overall", project.goals().overall(), quantitative, labels, problems);
        check(project, "goals.annual", project.goals().annual(), quantitative, labels, problems);
    }

    private static void check(Project project, String path, String text, List<Indicator> indicators,
            FieldLabels labels, ProblemCollector problems) {
        for (GoalClaims.Claim claim : GoalClaims.of(text)) {
            for (String subject : claim.subjects().isEmpty() ? List.of("") : claim.subjects()) {
                Indicator indicator = theIndicatorOf(claim, subject, indicators);
                if (indicator == null) {
                    continue;
                }
                BigDecimal number = indicator.target().number();
                if (number.compareTo(claim.number()) != 0) {
                    boolean perMille = claim.text().contains("千分之") || claim.text().contains("百分之")
                            || claim.text().contains("‰");
                    problems.warning(ProblemCodes.GOAL_TEXT, project.sourceMap().at(path), path, labels.of(path),
                            "目标写“" + quoted(text, subject, claim, indicator) + "”"
                                    + (perMille ? "（即 " + claim.number().toPlainString() + "%）" : "")
                                    + "，指标“" + indicator.name() + "”的指标值却是“" + indicator.target().text()
                                    + "”，两处数字不一致");
                }
            }
        }
    }

    /**
     * The goal text from what the claim is said of to the claim ({@code 投诉率低于千分之零点八}), or
     * both joined by “…”; a count named by the words after its unit with them ({@code 360 天正常运行}).
     */
    private static String quoted(String text, String subject, GoalClaims.Claim claim, Indicator indicator) {
        int end = claim.start() + claim.text().length();
        if (!claim.after().isEmpty() && indicator.name().contains(claim.after())) {
            return text.substring(claim.start(), end) + claim.after();
        }
        int from = subject.isEmpty() ? -1 : text.lastIndexOf(subject, claim.start());
        if (from >= 0 && claim.start() - from <= subject.length() + 12) {
            return text.substring(from, end).replaceAll("\\s+", " ");
        }
        return (subject.isEmpty() ? "" : subject + "…") + claim.text();
    }

    /** The one quantitative indicator of the claim's unit that the claim is plainly about, or null. */
    private static Indicator theIndicatorOf(GoalClaims.Claim claim, String subject, List<Indicator> indicators) {
        List<Indicator> sameUnit = indicators.stream().filter(i -> sameUnit(claim.unit(), i.target().unit())).toList();
        int best = 0;
        List<Indicator> named = new ArrayList<>();
        for (Indicator indicator : sameUnit) {
            int length = namingLength(subject, indicator.name());
            if (!claim.after().isEmpty() && indicator.name().contains(claim.after())) {
                length = Math.max(length, claim.after().length());
            }
            if (length == 0 || length < best) {
                continue;
            }
            if (length > best) {
                named.clear();
                best = length;
            }
            named.add(indicator);
        }
        return named.size() == 1 ? named.get(0) : null;
    }

    /**
     * How many last characters of {@code subject} the indicator's name contains, when that names it:
     * the whole subject, or at least {@link #MIN_PARTIAL_SUBJECT} of them; 0 otherwise.
     */
    private static int namingLength(String subject, String name) {
        for (int length = subject.length(); length >= 2; length--) {
            if (name.contains(subject.substring(subject.length() - length))) {
                return length == subject.length() || length >= MIN_PARTIAL_SUBJECT ? length : 0;
            }
        }
        return 0;
    }

    private static boolean sameUnit(String claimUnit, String targetUnit) {
        String unit = targetUnit.strip().replace('％', '%');
        return claimUnit.equals("%") ? unit.equals("%") : unit.equals(claimUnit);
    }
}
