package org.opendisclosure.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.opendisclosure.model.Acknowledgement;
import org.opendisclosure.model.Content;
import org.opendisclosure.model.Project;
import org.opendisclosure.problem.Problem;
import org.opendisclosure.problem.ProblemCodes;
import org.opendisclosure.problem.Severity;

/**
 * Applies editors' acknowledgements (已知差异说明): an error or warning that a project or budget file
 * acknowledges becomes a note, and its finding plus the editor's reason goes to the page. An acknowledgement
 * that matches nothing is a warning, so stale ones do not linger.
 */
final class Acknowledgements {

    /** The checks that look codes up in a catalogue, held back while a catalogue file has errors. */
    private static final Set<String> CATALOGUE_CHECKS = Set.of(ProblemCodes.CODE_NAME, ProblemCodes.CODE_UNKNOWN,
            ProblemCodes.PRINTED_NAME);

    private Acknowledgements() {
    }

    static CheckReport apply(Content content, List<Problem> problems) {
        Map<String, List<Acknowledgement>> byFile = new HashMap<>();
        Map<String, org.opendisclosure.model.SourceMap> sourceMaps = new HashMap<>();
        // Few files acknowledge anything: only theirs are kept.
        for (Project project : content.projects()) {
            if (!project.acknowledgements().isEmpty()) {
                byFile.put(project.file(), project.acknowledgements());
                sourceMaps.put(project.file(), project.sourceMap());
            }
        }
        for (org.opendisclosure.model.DepartmentBudget budget : content.budgets()) {
            if (!budget.acknowledgements().isEmpty()) {
                byFile.put(budget.file(), budget.acknowledgements());
                sourceMaps.put(budget.file(), budget.sourceMap());
            }
        }
        Set<Acknowledgement> used = new HashSet<>();
        List<Problem> result = new ArrayList<>();
        Map<String, List<AcknowledgedDiscrepancy>> discrepancies = new HashMap<>();
        for (Problem problem : problems) {
            // Errors, and warnings (a goal text at odds with its indicators, a target that does not
            // read as a number, a name printed differently), may be acknowledged.
            Acknowledgement match = problem.severity() != Severity.NOTE
                    ? matching(byFile.getOrDefault(problem.position().file(), List.of()), problem)
                    : null;
            if (match == null) {
                result.add(problem);
                continue;
            }
            used.add(match);
            result.add(problem.withSeverity(Severity.NOTE));
            discrepancies.computeIfAbsent(problem.position().file(), f -> new ArrayList<>())
                    .add(new AcknowledgedDiscrepancy(problem.position().file(),
                            problem.label().isEmpty() ? "数据" : problem.label(), readerFinding(problem),
                            match.reason()));
        }
        // While a file has errors, or the catalogues do, some checks did not run or ran on partial
        // data: an acknowledgement that matched nothing may still be right, so it is not called stale.
        Set<String> filesWithErrors = new HashSet<>();
        result.stream().filter(Problem::isError).forEach(p -> filesWithErrors.add(p.position().file()));
        boolean catalogueChecksRan = content.incomplete().cataloguesComplete();
        for (Map.Entry<String, List<Acknowledgement>> entry : byFile.entrySet()) {
            if (filesWithErrors.contains(entry.getKey())) {
                continue;
            }
            for (Acknowledgement ack : entry.getValue()) {
                boolean checkRan = catalogueChecksRan || !CATALOGUE_CHECKS.contains(ack.check());
                if (checkRan && !used.contains(ack) && ProblemCodes.isAcknowledgeable(ack.check())) {
                    result.add(new Problem(Severity.WARNING, ProblemCodes.ACKNOWLEDGED_UNUSED,
                            sourceMaps.get(entry.getKey()).at(ack.keyPath()), ack.keyPath(), "已知差异说明",
                            "这条说明没有对应的问题（检查“" + ack.check() + "”"
                                    + (ack.at().isEmpty() ? "" : "，字段“" + ack.at() + "”")
                                    + "没有报告问题）；数据已更正时请删除这条说明"));
                }
            }
        }
        result.sort(Problem.IN_FILE_ORDER);
        return new CheckReport(result, discrepancies);
    }

    /**
     * A key path that a message adds, in brackets, after the Chinese label it explains to editors:
     * {@code 项目当年预算（funding.annual_total）}, {@code 三级（groups）}.
     */
    private static final Pattern KEY_PATH_IN_BRACKETS = Pattern.compile(
            "（[A-Za-z_][A-Za-z0-9_]*(?:\\[\\d*])?(?:\\.[A-Za-z_][A-Za-z0-9_]*(?:\\[\\d*])?)*）");

    /**
     * What readers are told was found, in their words: a missing field is, for them, a blank on the
     * published form, and the key paths editors are shown beside labels are left out.
     */
    static String readerFinding(Problem problem) {
        if (problem.code().equals(ProblemCodes.REQUIRED)) {
            return "原表未填写此项";
        }
        return KEY_PATH_IN_BRACKETS.matcher(problem.message()).replaceAll("").replace(" ，", "，");
    }

    private static Acknowledgement matching(List<Acknowledgement> acknowledgements, Problem problem) {
        for (Acknowledgement ack : acknowledgements) {
            if (ack.check().equals(problem.code()) && ProblemCodes.isAcknowledgeable(ack.check())
                    && covers(ack.at(), problem.keyPath())) {
                return ack;
            }
        }
        return null;
    }

    private static boolean covers(String at, String keyPath) {
        return at.isEmpty() || keyPath.equals(at) || keyPath.startsWith(at + ".") || keyPath.startsWith(at + "[");
    }
}
