package org.opendisclosure.content;

import java.math.BigInteger;

import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

import com.fasterxml.jackson.core.Base64Variants;

/**
 * Decides what a scalar of a content file is for the readers: a null ({@code ~} or {@code null}
 * written plain, or {@code !!null x}), text (an empty value too), or — for a few malformed explicitly typed
 * values such as {@code !!int +} — nothing at all. Part of reading a file into a
 * {@link YamlNode} tree, used by {@link YamlTreeBuilder} for every value (never for keys, which
 * are always their text).
 *
 * <p>The rules are YAML 1.1 resolution as the project's content has always been read (through
 * Jackson's YAML parser, until each file was parsed once): only nulls are told apart, as every
 * other value keeps its source text; integers written in binary, octal or hexadecimal, and
 * {@code !!binary} values, must decode, and otherwise the file is refused with the same words as
 * before. Immutable and safe to share between threads.
 */
final class ScalarResolution {

    /** What a scalar is for the readers. */
    enum Kind {
        NULL, TEXT,
        /** A malformed explicitly typed value ({@code !!int -}) that yields no value at all. */
        NONE
    }

    /** Why a scalar cannot be read; {@code atFileStart} when the message names no place in the file. */
    static final class Malformed extends Exception {
        private final boolean atFileStart;

        Malformed(String message, boolean atFileStart) {
            super(message, null, false, false);
            this.atFileStart = atFileStart;
        }

        boolean atFileStart() {
            return atFileStart;
        }
    }

    private static final String STANDARD_TAG = "tag:yaml.org,2002:";
    /** The most digits a number may have, as Jackson's stream read constraints allowed by default. */
    private static final int MAX_NUMBER_DIGITS = 1000;

    private final Resolver resolver = new Resolver();

    Kind kindOf(ScalarEvent scalar) throws Malformed {
        String value = scalar.getValue();
        if (value.isEmpty()) {
            // An empty value is empty text, not null: the readers report it as missing where it is required.
            return Kind.TEXT;
        }
        String tag = scalar.getTag();
        if (tag == null || tag.equals("!")) {
            // A quoted value is text whatever it says; a plain one is resolved, unless it is plainly text.
            return scalar.getImplicit().canOmitTagInPlainScalar() && !plainlyText(value) ? resolved(value) : Kind.TEXT;
        }
        String type = tag;
        if (type.startsWith(STANDARD_TAG)) {
            type = type.substring(STANDARD_TAG.length());
            if (type.contains(",")) {
                String[] parts = type.split(",");
                type = parts.length == 0 ? "" : parts[0];
            }
        }
        if (type.equals("binary")) {
            try {
                Base64Variants.MIME.decode(value.trim());
            } catch (IllegalArgumentException e) {
                throw new Malformed(e.getMessage(), false);
            }
            return Kind.TEXT;
        }
        return switch (type) {
            case "int" -> integer(value);
            case "null" -> Kind.NULL;
            // "bool" and all others: the value's text.
            default -> Kind.TEXT;
        };
    }

    /** What YAML 1.1 resolution makes of a non-empty plain value, as SnakeYAML's resolver says. */
    Kind resolved(String value) throws Malformed {
        Tag resolved = resolver.resolve(NodeId.scalar, value, true);
        if (resolved == Tag.NULL) {
            return Kind.NULL;
        }
        return resolved == Tag.INT ? integer(value) : Kind.TEXT;
    }

    /**
     * Whether a non-empty plain value is text without asking the resolver, whose regular expressions
     * were 21 of 303 profile samples of reading files into trees: a value that starts with a
     * character outside ASCII (no YAML 1.1 type starts so: most names, goals and targets here), or a
     * number such as an amount, digits and points that start with 1–9 (a decimal integer or a
     * float, both kept as their text).
     * Anything else goes to the resolver; {@code ScalarResolutionTest} holds the two to agree.
     */
    static boolean plainlyText(String value) {
        char first = value.charAt(0);
        if (first >= 0x80) {
            return true;
        }
        if (first < '1' || first > '9') {
            return false;
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < '0' || c > '9') && c != '.') {
                return false;
            }
        }
        return true;
    }

    /** An integer: decimal stays text; binary, octal and hexadecimal digits must decode. */
    private static Kind integer(String value) throws Malformed {
        int length = value.length();
        int i = 0;
        char first = value.charAt(0);
        if (first == '-' || first == '+') {
            if (length == 1) {
                return Kind.NONE;
            }
            i = 1;
        }
        if (value.charAt(i) == '0') {
            if (++i == length) {
                return Kind.TEXT;
            }
            char radix = value.charAt(i);
            if (radix == 'b' || radix == 'B') {
                return digits(value, i + 1, 2, 31, 63);
            }
            if (radix == 'x' || radix == 'X') {
                return digits(value, i + 1, 16, 7, 15);
            }
            if (radix >= '0' && radix <= '9' || radix == '_') {
                return digits(value, i, 8, 10, 21);
            }
            return Kind.TEXT;
        }
        boolean underscores = false;
        for (; i < length; i++) {
            char c = value.charAt(i);
            if (c == '_') {
                underscores = true;
            } else if (c < '0' || c > '9') {
                return Kind.TEXT;
            }
        }
        if (underscores) {
            String cleaned = value.substring(value.charAt(0) == '+' ? 1 : 0).replace("_", "");
            if (cleaned.isEmpty() || cleaned.equals("-")) {
                throw new Malformed(String.format("Invalid number ('%s')", value), false);
            }
        }
        return Kind.TEXT;
    }

    /** Digits in {@code radix} from {@code from} on, underscores aside; refused when they do not decode. */
    private static Kind digits(String value, int from, int radix, int intDigits, int longDigits) throws Malformed {
        String digits = value.substring(from).replace("_", "");
        try {
            if (digits.length() <= intDigits) {
                Integer.parseInt(digits, radix);
            } else if (digits.length() <= longDigits) {
                Long.parseLong(digits, radix);
            } else {
                if (digits.length() > MAX_NUMBER_DIGITS) {
                    throw new Malformed(String.format(
                            "Number value length (%d) exceeds the maximum allowed (%d, from %s)", digits.length(),
                            MAX_NUMBER_DIGITS, "`StreamReadConstraints.getMaxNumberLength()`"), true);
                }
                new BigInteger(digits, radix);
            }
        } catch (NumberFormatException e) {
            throw new Malformed(String.format("Invalid base-%d number ('%s'), problem: %s", radix, digits,
                    e.getMessage()), false);
        }
        return Kind.TEXT;
    }
}
