package org.opendisclosure.problem;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong (or worth noting) in the content: the single problem type used by every
 * stage. Loading and checking return problems as values; only the caller decides whether they
 * fail the build.
 *
 * @param severity how serious it is
 * @param code     the stable name of the check, e.g. {@code subprojects-total}; editors use it
 *                 to acknowledge a discrepancy of the published document
 * @param position where in which file
 * @param keyPath  the key path inside the file, e.g. {@code funding.annual_total} or
 *                 {@code subprojects[2].amount}; empty for the file as a whole
 * @param label    the field's Chinese label as printed on the form, or empty
 * @param message  what was expected and what was found, in the editors' language
 */
public record Problem(Severity severity, String code, SourcePosition position, String keyPath, String label,
        String message) {

    /** Orders problems by file, line, column, then message: the order they are printed in. */
    public static final Comparator<Problem> IN_FILE_ORDER = Comparator
            .comparing((Problem p) -> p.position().file())
            .thenComparingInt(p -> p.position().line())
            .thenComparingInt(p -> p.position().column())
            .thenComparing(Problem::keyPath)
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(position, "position");
        keyPath = keyPath == null ? "" : keyPath;
        label = label == null ? "" : label;
        Objects.requireNonNull(message, "message");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The same problem with another severity (used when an editor acknowledges it). */
    public Problem withSeverity(Severity newSeverity) {
        return new Problem(newSeverity, code, position, keyPath, label, message);
    }

    /** The field as messages name it: {@code funding.appropriation（当年财政拨款）}. */
    public String field() {
        if (keyPath.isEmpty()) {
            return label;
        }
        return label.isEmpty() ? keyPath : keyPath + "（" + label + "）";
    }

    /**
     * The one-line form every tool prints: {@code file:line:column: severity: key.path: message [code]}.
     */
    public String format() {
        String field = field();
        return position + ": " + severity.label() + ": " + (field.isEmpty() ? "" : field + ": ") + message
                + " [" + code + "]";
    }

    @Override
    public String toString() {
        return format();
    }
}
