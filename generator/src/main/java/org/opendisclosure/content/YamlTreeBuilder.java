package org.opendisclosure.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opendisclosure.problem.Problem;
import org.opendisclosure.problem.ProblemCodes;
import org.opendisclosure.problem.ProblemCollector;
import org.opendisclosure.problem.Severity;
import org.opendisclosure.problem.SourcePosition;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;

/**
 * Builds the {@link YamlNode} tree of one decoded file from its YAML events, in one pass, for
 * {@link YamlTreeReader}: SnakeYAML's parser, or for a file in plain block YAML, as content files
 * are, {@link BlockYamlEvents}, which gives the same events sooner. Used once per file; not
 * shared.
 *
 * <p>Two kinds of finding are told apart, because a file is refused for the first reason only:
 * <ul>
 * <li>What the tree must never hold — an anchor or alias, a key that is a list or a mapping,
 * nesting deeper than {@link ContentLimits#maxDepth()}, more values than
 * {@link ContentLimits#maxNodes()}, a second document — refuses the file at once with that one
 * message, whatever else was found before. Stopping there is what bounds time and memory:
 * SnakeYAML's scanner slows down with the square of flow nesting ({@code [[[[…}), and the tree
 * never grows beyond the limits.
 * <li>Duplicate keys (reported with both lines, reading goes on), a value that cannot be read
 * ({@link ScalarResolution}) and syntax errors are reported once the whole file has been walked
 * without a refusal; after the first value that cannot be read, no more tree is built but the
 * rest of the file is still walked for refusals.
 * </ul>
 * Keys and short values are taken from the load's {@link StringPool}, so that the model built from
 * the tree shares them with every other file.
 */
final class YamlTreeBuilder {

    private final String file;
    private final ContentLimits limits;
    private final ScalarResolution scalars;
    private final StringPool strings;
    private final Parser events;
    /** The last event taken: errors without a place of their own are reported at its end. */
    private Event last;
    private int values;
    private int documents;
    /** Duplicate keys and control characters, reported unless the file is refused. */
    private final List<Problem> duplicates = new ArrayList<>();
    /** The first value that could not be read; from then on the tree is no longer built. */
    private Problem unreadable;

    /** A finding that refuses the whole file at once. */
    private static final class Refusal extends Exception {
        private final Problem problem;

        Refusal(Problem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }

    YamlTreeBuilder(String file, Parser events, ContentLimits limits, ScalarResolution scalars, StringPool strings) {
        this.file = file;
        this.events = events;
        this.limits = limits;
        this.scalars = scalars;
        this.strings = strings;
    }

    /** The root node, or empty when the file cannot be read; every reason is reported to {@code problems}. */
    Optional<YamlNode> build(ProblemCollector problems) {
        YamlNode root = null;
        boolean hasDocument = false;
        Problem failure = null;
        try {
            for (Event event = take(); !event.is(Event.ID.StreamEnd); event = take()) {
                if (event.is(Event.ID.DocumentStart)) {
                    if (++documents > 1) {
                        Event next = events.peekEvent();
                        throw refusal(next != null ? next.getStartMark() : event.getStartMark(),
                                "一个文件只能有一个 YAML 文档，这里出现了第二个（“---”之后）");
                    }
                } else if (!event.is(Event.ID.DocumentEnd) && !event.is(Event.ID.StreamStart)) {
                    root = value(event, "", 0, Within.DOCUMENT);
                    hasDocument = true;
                }
            }
            if (!hasDocument) {
                failure = emptyFile();
            }
        } catch (Refusal refusal) {
            problems.add(refusal.problem);
            return Optional.empty();
        } catch (MarkedYAMLException e) {
            YamlSyntaxError syntax = YamlSyntaxError.of(file, e);
            failure = error(syntax.position(), syntax.message());
        } catch (YAMLException e) {
            failure = error(endOfLast(), "YAML 语法错误：" + firstLine(e.getMessage()));
        } catch (NumberFormatException e) {
            // SnakeYAML lets this escape from some malformed escapes ("\UFFFFFFFF"); worded as always.
            failure = error(endOfLast(), "YAML 语法错误：" + firstLine(String.format(
                    "Malformed Number token: failed to tokenize due to (%s): %s", e.getClass().getName(),
                    e.getMessage())));
        } catch (RuntimeException e) {
            failure = error(SourcePosition.startOf(file),
                    YamlTreeReader.UNEXPECTED_FAILURE + firstLine(String.valueOf(e.getMessage())));
        }
        duplicates.forEach(problems::add);
        // A value that could not be read ends the reading there: what came after it is not reported.
        Problem first = unreadable != null ? unreadable : failure;
        if (first != null) {
            problems.add(first);
            return Optional.empty();
        }
        return Optional.ofNullable(root);
    }

    private Event take() {
        last = events.getEvent();
        return last;
    }

    /** Whether the tree is still being built: no value so far failed to read. */
    private boolean building() {
        return unreadable == null;
    }

    /** Where a value stands, for the message when an explicitly typed value yields none. */
    private enum Within {
        DOCUMENT, MAPPING, SEQUENCE
    }

    /**
     * Walks the node that starts with {@code event}, at key path {@code path} ({@code funding},
     * {@code indicators[0].items[2]}) inside {@code enclosing} collections; returns it, or null
     * once the tree is no longer built.
     */
    private YamlNode value(Event event, String path, int enclosing, Within within) throws Refusal {
        refuseAliasOrAnchor(event);
        if (++values > limits.maxNodes()) {
            throw refusal(event.getStartMark(), "文件里的值太多：最多 " + limits.maxNodes() + " 个");
        }
        if (enclosing + 1 > limits.maxDepth()) {
            throw refusal(event.getStartMark(), "嵌套太深：最多 " + limits.maxDepth() + " 层");
        }
        SourcePosition at = startOf(event);
        if (event instanceof ScalarEvent scalar) {
            refuseControlCharacters(scalar.getValue(), at, path);
            return scalar(scalar, at, within);
        }
        if (event.is(Event.ID.MappingStart)) {
            return mapping(at, path, enclosing + 1);
        }
        return sequence(at, path, enclosing + 1);
    }

    private YamlNode scalar(ScalarEvent scalar, SourcePosition at, Within within) {
        if (!building()) {
            return null;
        }
        try {
            return switch (scalars.kindOf(scalar)) {
                case NULL -> new YamlNode.Scalar("", true, at);
                case TEXT -> new YamlNode.Scalar(strings.pooledValue(scalar.getValue()), false, at);
                case NONE -> unreadable(switch (within) {
                    case DOCUMENT -> emptyFile();
                    case MAPPING -> error(at, "映射没有正常结束");
                    case SEQUENCE -> error(at, "列表没有正常结束");
                });
            };
        } catch (ScalarResolution.Malformed e) {
            SourcePosition where = e.atFileStart() ? SourcePosition.startOf(file) : endOfLast();
            return unreadable(error(where, "YAML 语法错误：" + firstLine(e.getMessage())));
        }
    }

    private YamlNode mapping(SourcePosition at, String path, int enclosing) throws Refusal {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        for (Event keyEvent = take(); !keyEvent.is(Event.ID.MappingEnd); keyEvent = take()) {
            refuseAliasOrAnchor(keyEvent);
            if (!(keyEvent instanceof ScalarEvent keyScalar)) {
                throw refusal(keyEvent.getStartMark(),
                        "键只能是文字，不能是" + (keyEvent.is(Event.ID.MappingStart) ? "映射" : "列表"));
            }
            String key = strings.pooled(keyScalar.getValue());
            SourcePosition keyAt = startOf(keyEvent);
            String keyPath = strings.childPath(path, key);
            refuseControlCharacters(key, keyAt, keyPath);
            YamlNode value = value(take(), keyPath, enclosing, Within.MAPPING);
            if (!building()) {
                continue;
            }
            YamlNode.Entry earlier = entries.get(key);
            if (earlier != null) {
                duplicates.add(error(ProblemCodes.DUPLICATE_KEY, keyAt, Abbreviation.of(keyPath),
                        "键“" + Abbreviation.of(key) + "”在同一层出现了两次（第一次在第 " + earlier.keyPosition().line()
                                + " 行）"));
                continue;
            }
            entries.put(key, new YamlNode.Entry(key, keyAt, value));
        }
        return building() ? new YamlNode.Mapping(entries, at) : null;
    }

    private YamlNode sequence(SourcePosition at, String path, int enclosing) throws Refusal {
        List<YamlNode> items = new ArrayList<>();
        for (Event item = take(); !item.is(Event.ID.SequenceEnd); item = take()) {
            YamlNode value = value(item, strings.itemPath(path, items.size()), enclosing, Within.SEQUENCE);
            if (building()) {
                items.add(value);
            }
        }
        return building() ? new YamlNode.Sequence(items, at) : null;
    }

    /**
     * A control character (U+0000–U+001F but tab and newline, and U+007F) can only come in through
     * a YAML escape ({@code "\x07"}, {@code "\0"}, {@code "\r"}): SnakeYAML refuses it written raw.
     * It would reach pages and CSV files invisible or breaking them, so the value is refused; the
     * rest of the file is still read.
     */
    private void refuseControlCharacters(String value, SourcePosition at, String keyPath) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F) {
                duplicates.add(error(ProblemCodes.CONTROL_CHARACTER, at, Abbreviation.of(keyPath), String.format(
                        "含有控制字符 U+%04X（YAML 转义 \"\\x%02X\" 之类写入的不可见字符）：除制表符和换行外不允许控制字符，请删除它",
                        (int) c, (int) c)));
                return;
            }
        }
    }

    private void refuseAliasOrAnchor(Event event) throws Refusal {
        if (event instanceof AliasEvent alias) {
            throw refusal(alias.getStartMark(), "不支持 YAML 别名（*" + alias.getAnchor() + "）：请把内容直接写出来");
        }
        if (event instanceof NodeEvent node && node.getAnchor() != null) {
            throw refusal(node.getStartMark(), "不支持 YAML 锚点（&" + node.getAnchor() + "）：请把内容直接写出来");
        }
    }

    private YamlNode unreadable(Problem problem) {
        unreadable = problem;
        return null;
    }

    private Problem emptyFile() {
        return error(SourcePosition.startOf(file), "文件为空：应为一个映射（键: 值）");
    }

    private Refusal refusal(Mark mark, String message) {
        return new Refusal(error(mark == null ? SourcePosition.startOf(file) : positionOf(mark), message));
    }

    private Problem error(SourcePosition at, String message) {
        return error(ProblemCodes.YAML, at, "", message);
    }

    private static Problem error(String code, SourcePosition at, String keyPath, String message) {
        return new Problem(Severity.ERROR, code, at, keyPath, "", message);
    }

    private SourcePosition startOf(Event event) {
        return positionOf(event.getStartMark());
    }

    /** Where the last event taken ends: the place of errors that name none of their own. */
    private SourcePosition endOfLast() {
        Mark end = last == null ? null : last.getEndMark();
        return end == null ? SourcePosition.startOf(file)
                : new SourcePosition(file, end.getLine() + 1, Math.max(1, end.getColumn() + 1));
    }

    private SourcePosition positionOf(Mark mark) {
        return new SourcePosition(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String trimmed = message.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline);
    }
}
