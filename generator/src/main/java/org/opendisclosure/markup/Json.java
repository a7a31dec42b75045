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
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }

    /** {@code text} as a quoted string literal. */
    public static String string(String text) {
        return string(new StringBuilder(text.length() + 2), text).toString();
    }
}
