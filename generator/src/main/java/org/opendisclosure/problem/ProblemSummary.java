package org.opendisclosure.problem;

import java.util.List;

/**
 * Every problem as one Markdown table, for a CI job's summary page (GitHub's
 * {@code $GITHUB_STEP_SUMMARY}): inline annotations on a pull request are capped at ten per kind
 * and step, the summary is not.
 */
public final class ProblemSummary {

    private ProblemSummary() {
    }

    public static String markdown(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.stream().filter(p -> p.severity() == Severity.WARNING).count();
        long notes = problems.stream()
                .filter(p -> p.severity() == Severity.NOTE && !p.code().equals(ProblemCodes.CHECKS_DEFERRED)).count();
        StringBuilder out = new StringBuilder("### 内容检查：");
        out.append(errors == 0 ? "没有错误" : errors + " 个错误");
        if (warnings > 0) {
            out.append("，").append(warnings).append(" 个警告");
        }
        if (notes > 0) {
            out.append("，").append(notes).append(" 条已说明的差异");
        }
        out.append("\n\n");
        if (problems.isEmpty()) {
            return out.toString();
        }
        out.append("| 位置 | 级别 | 字段 | 说明 | 检查 |\n| --- | --- | --- | --- | --- |\n");
        for (Problem p : problems) {
            SourcePosition at = p.position();
            String field = p.keyPath().isEmpty() ? "" : p.keyPath() + (p.label().isEmpty() ? "" : "（" + p.label() + "）");
            out.append("| ").append(cell(at.file() + ":" + at.line() + ":" + at.column())).append(" | ")
                    .append(switch (p.severity()) {
                        case ERROR -> "错误";
                        case WARNING -> "警告";
                        case NOTE -> "说明";
                    }).append(" | ").append(cell(field)).append(" | ").append(cell(p.message())).append(" | `")
                    .append(p.code()).append("` |\n");
        }
        return out.toString();
    }

    /** Text safe inside a table cell: no pipes, no line breaks, no HTML. */
    static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
                .replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
