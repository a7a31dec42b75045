package org.opendisclosure.content;

import java.util.List;
import java.util.Map;

import org.opendisclosure.problem.SourcePosition;

/**
 * A YAML value as read from a content file, with the position it starts at. Scalars keep their
 * exact source text, so that money is never seen through {@code double} and codes such as
 * {@code 0801} or words such as {@code no} stay the text the editor typed.
 */
public sealed interface YamlNode {

    SourcePosition position();

    /** What this kind of node is called in messages. */
    String kindName();

    /** A scalar: its text exactly as written (without quotes); {@code null} value is {@link #isNull()}. */
    record Scalar(String text, boolean isNull, SourcePosition position) implements YamlNode {
        @Override
        public String kindName() {
            return isNull ? "空值" : "文字“" + Abbreviation.of(text) + "”";
        }
    }

    /** A sequence (list). */
    record Sequence(List<YamlNode> items, SourcePosition position) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kindName() {
            return "列表";
        }
    }

    /** A mapping, in file order; each entry also knows where its key stands. */
    record Mapping(Map<String, Entry> entries, SourcePosition position) implements YamlNode {
        public Mapping {
            entries = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entries));
        }

        @Override
        public String kindName() {
            return "映射（键: 值）";
        }
    }

    /** One key of a mapping with its value. */
    record Entry(String key, SourcePosition keyPosition, YamlNode value) {
    }
}
