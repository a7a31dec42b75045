package org.opendisclosure.markup;

import java.util.Locale;

/**
 * Writes JSON string literals that are also safe inside JavaScript source, for the search index's
 * data files: quotes, backslashes and control characters are escaped as JSON requires; {@code <},
 * {@code >}, {@code &} and the line separators U+2028 / U+2029 as {@code \}{@code uXXXX} too, so that
 * content stays a string whatever file or markup it ends up in. Other characters are written as
 * they are (the files are UTF-8).
 */
public final class Json {

    private Json() {
    }

    /** Appends {@code text} as a quoted string literal. */
    public static StringBuilder string(StringBuilder out, String text) {
        out.append('"');
        // Characters that need no escape are appended in runs: nearly every text is one run.
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            String escape = escape(text.charAt(i));
            if (escape != null) {
                out.append(text, run, i).append(escape);
                run = i + 1;
            }
        }
        // A whole string is copied at once; a part of one, character by character.
        return (run == 0 ? out.append(text) : out.append(text, run, text.length())).append('"');
    }

    /** How {@code c} is written inside a JSON string, or null when it is written as itself. */
    private static String escape(char c) {
        return switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029'
                    ? String.format(Locale.ROOT, "\\u%04x", (int) c)
                    : null;
        };
    }

    public static String string(String text) {
        return string(new StringBuilder(text.length() + 2), text).toString();
    }
}
