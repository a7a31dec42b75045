package org.opendisclosure.content;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.opendisclosure.model.ProjectDate;
import org.opendisclosure.problem.Problem;
import org.opendisclosure.problem.ProblemCodes;
import org.opendisclosure.problem.ProblemCollector;
import org.opendisclosure.problem.Severity;
import org.opendisclosure.problem.SourcePosition;

/**
 * Typed, reported access to the keys of one YAML mapping. Each getter reports what is missing
 * or of the wrong kind (with the found text) and returns empty, so that reading goes on and
 * every problem of a file is found in one pass. Keys that were never asked for are reported by
 * {@link #rejectUnknown}.
 */
final class MappingReader {

    private final YamlNode.Mapping mapping;
    private final String path;
    private final FieldLabels labels;
    private final StringPool strings;
    private final ProblemCollector problems;
    private final Set<String> read = new HashSet<>();
    /** Required keys reported missing, in case an unknown key turns out to be their misspelling. */
    private final Map<String, Problem> missing = new HashMap<>();

    /**
     * @param path    where the mapping stands; kept in the model (as an indicator's key path, say), so
     *                taken from {@code strings}
     * @param strings the load's pool, for values the model keeps
     */
    MappingReader(YamlNode.Mapping mapping, String path, FieldLabels labels, StringPool strings,
            ProblemCollector problems) {
        this.mapping = mapping;
        this.path = strings.pooled(path);
        this.labels = labels;
        this.strings = strings;
        this.problems = problems;
    }

    /** Reads {@code node} as a mapping, reporting when it is something else. */
    static Optional<MappingReader> of(YamlNode node, String path, FieldLabels labels, StringPool strings,
            ProblemCollector problems) {
        if (node instanceof YamlNode.Mapping m) {
            return Optional.of(new MappingReader(m, path, labels, strings, problems));
        }
        problems.error(ProblemCodes.TYPE, node.position(), path, labels.of(path),
                "应为映射（键: 值），实际是" + node.kindName());
        return Optional.empty();
    }

    String path() {
        return path;
    }

    SourcePosition position() {
        return mapping.position();
    }

    ProblemCollector problems() {
        return problems;
    }

    FieldLabels labels() {
        return labels;
    }

    StringPool strings() {
        return strings;
    }

    String pathOf(String key) {
        return KeyPaths.child(path, key);
    }

    boolean has(String key) {
        YamlNode.Entry entry = mapping.entries().get(key);
        return entry != null && !(entry.value() instanceof YamlNode.Scalar s && (s.isNull() || s.text().isBlank()));
    }

    /** The raw node of a key, marking it read. Empty when absent, null or blank. */
    Optional<YamlNode> node(String key, boolean required) {
        read.add(key);
        YamlNode.Entry entry = mapping.entries().get(key);
        if (entry == null || entry.value() instanceof YamlNode.Scalar s && (s.isNull() || s.text().isBlank())) {
            if (required) {
                missing(key);
            }
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    void missing(String key) {
        YamlNode.Entry entry = mapping.entries().get(key);
        SourcePosition at = entry != null ? entry.keyPosition() : mapping.position();
        String where = path.isEmpty() ? "文件顶层" : "“" + path + "”下";
        Problem problem = new Problem(Severity.ERROR, ProblemCodes.REQUIRED, at, pathOf(key), labels.of(pathOf(key)),
                entry != null ? "必填，但值为空" : "缺少必填字段：" + where + "应有“" + key + "”");
        problems.add(problem);
        if (entry == null) {
            missing.put(key, problem);
        }
    }

    /** Text; multi-line text keeps its line breaks, without trailing ones. */
    Optional<String> text(String key, boolean required) {
        return scalar(key, required).map(s -> stripTrailing(s.text()));
    }

    Optional<BigDecimal> money(String key, boolean required) {
        return parsed(key, required, ValueFormats::money, ValueFormats.MONEY_EXPECTED);
    }

    Optional<Integer> year(String key, boolean required) {
        return parsed(key, required, ValueFormats::year, ValueFormats.YEAR_EXPECTED);
    }

    Optional<ProjectDate> date(String key, boolean required) {
        return parsed(key, required, ValueFormats::date, ValueFormats.DATE_EXPECTED);
    }

    /** A workbook cell: {@code 收入预算总表!C12}. */
    Optional<String> cell(String key, boolean required) {
        return parsed(key, required, ValueFormats::cell, ValueFormats.CELL_EXPECTED);
    }

    Optional<String> url(String key, boolean required) {
        return parsed(key, required, ValueFormats::webUrl, ValueFormats.URL_EXPECTED);
    }

    /** The address a site is published at: absolute http(s), ending with {@code /}. */
    Optional<String> siteUrl(String key, boolean required) {
        return parsed(key, required, ValueFormats::siteUrl, ValueFormats.SITE_URL_EXPECTED);
    }

    Optional<String> id(String key, boolean required) {
        return parsed(key, required, t -> ValueFormats.isId(t.strip()) ? Optional.of(t.strip()) : Optional.empty(),
                ValueFormats.ID_EXPECTED);
    }

    /** A whole number of things (项目个数): digits only. */
    Optional<Integer> count(String key, boolean required) {
        return parsed(key, required, t -> t.strip().matches("\\d{1,9}") ? Optional.of(Integer.valueOf(t.strip()))
                : Optional.empty(), "非负整数，如 126");
    }

    /** Every entry of this mapping, in file order, all marked read: for mappings keyed by data (codes). */
    List<YamlNode.Entry> entries() {
        read.addAll(mapping.entries().keySet());
        return List.copyOf(mapping.entries().values());
    }

    /** A text that must be one of {@code allowed}; reports the allowed values otherwise. */
    Optional<String> oneOf(String key, boolean required, List<String> allowed, String code) {
        Optional<String> value = text(key, required);
        if (value.isPresent() && !allowed.contains(value.get())) {
            problems.error(code, entryPosition(key), pathOf(key), labels.of(pathOf(key)),
                    "应为以下之一：" + String.join("、", allowed) + "；实际是“" + Abbreviation.of(value.get()) + "”"
                            + DidYouMean.hint(value.get(), allowed));
        }
        return value;
    }

    Optional<MappingReader> mapping(String key, boolean required) {
        return node(key, required).flatMap(n -> of(n, pathOf(key), labels, strings, problems));
    }

    /** A list's items; reports a non-list. */
    List<YamlNode> sequence(String key, boolean required) {
        Optional<YamlNode> node = node(key, required);
        if (node.isEmpty()) {
            return List.of();
        }
        if (node.get() instanceof YamlNode.Sequence s) {
            if (required && s.items().isEmpty()) {
                missing(key);
            }
            return s.items();
        }
        typeError(key, node.get(), "列表（每项以“- ”开头）");
        return List.of();
    }

    /** Reads each item of a list as a mapping; items that are not mappings are reported and skipped. */
    <T> List<T> eachMapping(String key, boolean required, Function<MappingReader, T> reader) {
        List<T> result = new ArrayList<>();
        List<YamlNode> items = sequence(key, required);
        for (int i = 0; i < items.size(); i++) {
            of(items.get(i), KeyPaths.item(pathOf(key), i), labels, strings, problems).map(reader)
                    .ifPresent(result::add);
        }
        return result;
    }

    /** A list of texts. */
    List<String> texts(String key) {
        List<String> result = new ArrayList<>();
        List<YamlNode> items = sequence(key, false);
        for (int i = 0; i < items.size(); i++) {
            YamlNode item = items.get(i);
            String itemPath = KeyPaths.item(pathOf(key), i);
            if (item instanceof YamlNode.Scalar s && !s.isNull()) {
                result.add(stripTrailing(s.text()));
            } else {
                problems.error(ProblemCodes.TYPE, item.position(), itemPath, labels.of(itemPath),
                        "应为文字，实际是" + item.kindName());
            }
        }
        return result;
    }

    /** Reports every key of this mapping that was not read, with the closest known keys. */
    void rejectUnknown(Collection<String> known) {
        for (YamlNode.Entry entry : mapping.entries().values()) {
            if (read.contains(entry.key())) {
                continue;
            }
            List<String> near = DidYouMean.closest(entry.key(), known);
            Optional<String> misspeltRequired = near.stream().filter(missing::containsKey).findFirst();
            if (misspeltRequired.isPresent()) {
                // One mistake, one message: the missing required key is this one, misspelt.
                String intended = misspeltRequired.get();
                problems.withdraw(missing.remove(intended));
                problems.error(ProblemCodes.UNKNOWN_KEY, entry.keyPosition(), pathOf(Abbreviation.of(entry.key())), "",
                        "未知的键“" + Abbreviation.of(entry.key()) + "”；是否想写：" + intended + "？" + named(intended)
                                + "是必填字段，现在缺少");
                continue;
            }
            // A key can be a whole pasted paragraph: quoted shortened, like any found text.
            problems.error(ProblemCodes.UNKNOWN_KEY, entry.keyPosition(), pathOf(Abbreviation.of(entry.key())), "",
                    "未知的键“" + Abbreviation.of(entry.key()) + "”" + DidYouMean.hint(entry.key(), known)
                            + (near.isEmpty() ? "；这里可用的键：" + String.join("、", known) : ""));
        }
    }

    /** 当年财政拨款（appropriation）, or just the key when it has no label. */
    private String named(String key) {
        String label = labels.of(pathOf(key));
        return label.isEmpty() ? key : label + "（" + key + "）";
    }

    /** Marks keys as handled elsewhere (e.g. reported as belonging to another form). */
    void markRead(String key) {
        read.add(key);
    }

    Set<String> keys() {
        return mapping.entries().keySet();
    }

    SourcePosition entryPosition(String key) {
        YamlNode.Entry entry = mapping.entries().get(key);
        return entry == null ? mapping.position() : entry.keyPosition();
    }

    SourcePosition valuePosition(String key) {
        YamlNode.Entry entry = mapping.entries().get(key);
        return entry == null ? mapping.position() : entry.value().position();
    }

    private Optional<YamlNode.Scalar> scalar(String key, boolean required) {
        Optional<YamlNode> node = node(key, required);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof YamlNode.Scalar s) {
            return Optional.of(s);
        }
        typeError(key, node.get(), "文字");
        return Optional.empty();
    }

    private <T> Optional<T> parsed(String key, boolean required, Function<String, Optional<T>> parser,
            String expected) {
        Optional<YamlNode.Scalar> scalar = scalar(key, required);
        if (scalar.isEmpty()) {
            return Optional.empty();
        }
        Optional<T> value = parser.apply(scalar.get().text());
        if (value.isEmpty()) {
            problems.error(ProblemCodes.TYPE, scalar.get().position(), pathOf(key), labels.of(pathOf(key)),
                    "应为" + expected + "；实际是“" + Abbreviation.of(scalar.get().text()) + "”");
        }
        return value;
    }

    private void typeError(String key, YamlNode found, String expected) {
        problems.error(ProblemCodes.TYPE, found.position(), pathOf(key), labels.of(pathOf(key)),
                "应为" + expected + "，实际是" + found.kindName());
    }

    private static String stripTrailing(String text) {
        return text.stripTrailing();
    }
}
