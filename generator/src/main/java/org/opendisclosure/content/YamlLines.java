package org.opendisclosure.content;

import org.opendisclosure.problem.ProblemCodes;
import org.opendisclosure.problem.ProblemCollector;
import org.opendisclosure.problem.SourcePosition;

/**
 * The checks {@link YamlTreeReader} makes on a file's lines before any YAML is parsed: no line
 * longer than {@link ContentLimits#maxLineChars()} and no tab in indentation. Lines end where
 * YAML says they do ({@code \n}, {@code \r\n}, {@code \r}, NEL, LS, PS), so line numbers match
 * the parser's.
 */
final class YamlLines {

    private YamlLines() {
    }

    /** Reports the first line longer than {@code maxChars} characters; returns whether there is none. */
    static boolean withinLength(String file, String text, int maxChars, ProblemCollector problems) {
        int line = 1;
        for (int start = 0; start <= text.length(); line++) {
            int end = endOfLine(text, start);
            int chars = text.codePointCount(start, end);
            if (chars > maxChars) {
                problems.error(ProblemCodes.YAML, new SourcePosition(file, line, maxChars + 1), "", "",
                        "这一行太长：最多 " + maxChars + " 个字符，实际 " + chars + " 个；长段落请用“|”写成多行");
                return false;
            }
            start = nextLineStart(text, end);
        }
        return true;
    }

    /** Reports every line indented with a tab; returns whether there is none. */
    static boolean noTabIndentation(String file, String text, ProblemCollector problems) {
        boolean ok = true;
        int line = 1;
        for (int start = 0; start <= text.length(); line++) {
            int end = endOfLine(text, start);
            for (int c = start; c < end; c++) {
                char ch = text.charAt(c);
                if (ch == '\t') {
                    problems.error(ProblemCodes.YAML, new SourcePosition(file, line, c - start + 1), "", "",
                            "缩进里有制表符（Tab）；YAML 只能用空格缩进");
                    ok = false;
                    break;
                }
                if (ch != ' ' && ch != '-') {
                    break;
                }
            }
            start = nextLineStart(text, end);
        }
        return ok;
    }

    private static int endOfLine(String text, int start) {
        int i = start;
        while (i < text.length() && !isBreak(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Past the break at {@code end}; past the end of the text when there is none. */
    private static int nextLineStart(String text, int end) {
        if (end >= text.length()) {
            return text.length() + 1;
        }
        return text.startsWith("\r\n", end) ? end + 2 : end + 1;
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
