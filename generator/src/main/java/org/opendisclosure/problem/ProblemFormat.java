package org.opendisclosure.problem;

import java.util.Locale;

/**
 * How problems are printed for a reader. {@link #PLAIN} is the one-line form editors read in a
 * terminal; {@link #GITHUB} is a GitHub Actions workflow command, so that each problem shows on
 * the line it concerns in a pull request's diff.
 */
public enum ProblemFormat {

    /** {@code file:line:column: severity: key.path（标签）: message [code]}. */
    PLAIN,

    /** {@code ::error file=…,line=…,col=…,title=…::message}. */
    GITHUB;

    /** The format named {@code name} ({@code plain} or {@code github}, any case). */
    public static ProblemFormat named(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("未知的输出格式“" + name + "”；可用：plain、github", e);
        }
    }

    public String format(Problem problem) {
        if (this == PLAIN) {
            return problem.format();
        }
        String command = switch (problem.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "notice";
        };
        SourcePosition at = problem.position();
        String field = problem.field();
        String title = (field.isEmpty() ? "" : field + " ") + "[" + problem.code() + "]";
        return "::" + command + " file=" + property(at.file()) + ",line=" + at.line() + ",col=" + at.column()
                + ",title=" + property(title) + "::" + data(problem.message());
    }

    /** Escapes a workflow command's message, as the Actions toolkit does. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a workflow command's property value, as the Actions toolkit does. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
