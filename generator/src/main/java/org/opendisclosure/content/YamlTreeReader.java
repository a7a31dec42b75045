package org.opendisclosure.content;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opendisclosure.problem.ProblemCodes;
import org.opendisclosure.problem.ProblemCollector;
import org.opendisclosure.problem.SourcePosition;
import org.yaml.snakeyaml.LoaderOptions;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads the bytes of one content file into a {@link YamlNode} tree with Jackson's streaming YAML
 * parser. This is the first step of loading and the only place that sees raw YAML.
 *
 * <p>It refuses what a plain YAML reader would silently accept or misread: files that are not
 * UTF-8, tabs in indentation, several documents in one file, anchors and aliases (Jackson would
 * read {@code *x} as the string "x"), duplicate keys, and files beyond {@link ContentLimits}.
 * Each check runs before the work it protects: the size before decoding, the lines
 * ({@link YamlLines}) before parsing, and the structure ({@link YamlEventScreen}) before the
 * tree is built, so that a hostile file is refused in bounded time and memory. The tree builder
 * keeps its own depth and count guards, as its recursion must not rest on another class alone.
 * Instances are immutable and safe to share between threads.
 */
public final class YamlTreeReader {

    /** How a message starts when the YAML library failed in a way this class does not foresee. */
    static final String UNEXPECTED_FAILURE = "无法读取 YAML：";

    private final ContentLimits limits;
    private final YAMLFactory factory;
    private final YamlEventScreen screen;

    public YamlTreeReader(ContentLimits limits) {
        this.limits = limits;
        LoaderOptions options = new LoaderOptions();
        // Duplicate keys are found by the tree builder, which names both lines.
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(limits.maxDepth() + 1);
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
        this.factory = YAMLFactory.builder().loaderOptions(options).build();
        this.screen = new YamlEventScreen(options, limits);
    }

    /**
     * Reads one file. Returns the root node, or empty when the file cannot be read; every reason
     * is reported to {@code problems}.
     */
    public Optional<YamlNode> read(String file, byte[] bytes, ProblemCollector problems) {
        if (bytes.length > limits.maxFileBytes()) {
            problems.error(ProblemCodes.YAML, SourcePosition.startOf(file), "", "",
                    "文件过大：最多 " + limits.maxFileBytes() + " 字节，实际 " + bytes.length + " 字节");
            return Optional.empty();
        }
        Optional<String> text = decode(file, bytes, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (!YamlLines.withinLength(file, text.get(), limits.maxLineChars(), problems)
                || !YamlLines.noTabIndentation(file, text.get(), problems)) {
            return Optional.empty();
        }
        if (text.get().isBlank()) {
            problems.error(ProblemCodes.YAML, SourcePosition.startOf(file), "", "", "文件为空：应为一个映射（键: 值）");
            return Optional.empty();
        }
        if (!screen.passes(file, text.get(), problems)) {
            return Optional.empty();
        }
        try (YAMLParser parser = factory.createParser(new StringReader(text.get()))) {
            TreeBuilder builder = new TreeBuilder(file, parser, problems);
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.error(ProblemCodes.YAML, SourcePosition.startOf(file), "", "", "文件为空：应为一个映射（键: 值）");
                return Optional.empty();
            }
            YamlNode root = builder.node(first, "", 1);
            if (root == null) {
                return Optional.empty();
            }
            JsonToken after = parser.nextToken();
            if (after != null) {
                problems.error(ProblemCodes.YAML, builder.position(), "", "",
                        "一个文件只能有一个 YAML 文档，这里出现了第二个（“---”之后）");
                return Optional.empty();
            }
            return builder.failed ? Optional.empty() : Optional.of(root);
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked) {
                YamlSyntaxError syntax = YamlSyntaxError.of(file, marked);
                problems.error(ProblemCodes.YAML, syntax.position(), "", "", syntax.message());
            } else {
                problems.error(ProblemCodes.YAML, positionOf(file, e.getLocation()), "", "",
                        "YAML 语法错误：" + firstLine(e.getOriginalMessage()));
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            problems.error(ProblemCodes.YAML, SourcePosition.startOf(file), "", "",
                    UNEXPECTED_FAILURE + firstLine(String.valueOf(e.getMessage())));
            return Optional.empty();
        }
    }

    private static Optional<String> decode(String file, byte[] bytes, ProblemCollector problems) {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            problems.error(ProblemCodes.YAML, SourcePosition.startOf(file), "", "",
                    "文件是 UTF-16 编码；内容文件必须是 UTF-8，请另存为 UTF-8");
            return Optional.empty();
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return Optional.of(decoder.decode(input).toString());
        } catch (MalformedInputException e) {
            int bad = input.position();
            problems.error(ProblemCodes.YAML, positionOfByte(file, bytes, start, bad), "", "",
                    "文件不是 UTF-8 编码（此处的字节不是合法的 UTF-8，可能是 GBK/GB2312）；请用 UTF-8 另存");
            return Optional.empty();
        } catch (CharacterCodingException e) {
            problems.error(ProblemCodes.YAML, SourcePosition.startOf(file), "", "", "文件不是 UTF-8 编码；请用 UTF-8 另存");
            return Optional.empty();
        }
    }

    private static SourcePosition positionOfByte(String file, byte[] bytes, int start, int offset) {
        int line = 1;
        int lineStart = start;
        for (int i = start; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(bytes, lineStart, Math.max(0, offset - lineStart), StandardCharsets.UTF_8);
        return new SourcePosition(file, line, before.codePointCount(0, before.length()) + 1);
    }

    static SourcePosition positionOf(String file, JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return SourcePosition.startOf(file);
        }
        return new SourcePosition(file, location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String trimmed = message.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline);
    }

    /** Per-file state while building the tree; not shared. */
    private final class TreeBuilder {
        private final String file;
        private final YAMLParser parser;
        private final ProblemCollector problems;
        private int nodes;
        private boolean failed;

        TreeBuilder(String file, YAMLParser parser, ProblemCollector problems) {
            this.file = file;
            this.parser = parser;
            this.problems = problems;
        }

        SourcePosition position() {
            return positionOf(file, parser.currentTokenLocation());
        }

        /**
         * Builds the node that starts at {@code token}, at key path {@code path} ({@code funding},
         * {@code indicators[0].items[2]}); returns null (and reports) when it cannot.
         */
        YamlNode node(JsonToken token, String path, int depth) throws IOException {
            SourcePosition at = position();
            if (++nodes > limits.maxNodes()) {
                return fail(at, "文件里的值太多：最多 " + limits.maxNodes() + " 个");
            }
            if (depth > limits.maxDepth()) {
                return fail(at, "嵌套太深：最多 " + limits.maxDepth() + " 层");
            }
            if (parser.isCurrentAlias()) {
                // Normally refused before parsing; kept so an alias can never be read as text.
                return fail(at, "不支持 YAML 别名（*" + parser.getText() + "）：请把内容直接写出来");
            }
            return switch (token) {
                case START_OBJECT -> mapping(at, path, depth);
                case START_ARRAY -> sequence(at, path, depth);
                case VALUE_NULL -> new YamlNode.Scalar("", true, at);
                case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE,
                        VALUE_EMBEDDED_OBJECT -> new YamlNode.Scalar(parser.getText(), false, at);
                default -> fail(at, "意外的 YAML 结构：" + token);
            };
        }

        private YamlNode mapping(SourcePosition at, String path, int depth) throws IOException {
            Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                SourcePosition keyAt = position();
                String keyPath = path.isEmpty() ? key : path + "." + key;
                JsonToken valueToken = parser.nextToken();
                YamlNode value = node(valueToken, keyPath, depth + 1);
                if (value == null) {
                    return null;
                }
                YamlNode.Entry earlier = entries.get(key);
                if (earlier != null) {
                    problems.error(ProblemCodes.DUPLICATE_KEY, keyAt, Abbreviation.of(keyPath), "",
                            "键“" + Abbreviation.of(key) + "”在同一层出现了两次（第一次在第 " + earlier.keyPosition().line()
                                    + " 行）");
                    continue;
                }
                entries.put(key, new YamlNode.Entry(key, keyAt, value));
            }
            if (token != JsonToken.END_OBJECT) {
                return fail(position(), "映射没有正常结束");
            }
            return new YamlNode.Mapping(entries, at);
        }

        private YamlNode sequence(SourcePosition at, String path, int depth) throws IOException {
            List<YamlNode> items = new ArrayList<>();
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    return fail(position(), "列表没有正常结束");
                }
                YamlNode item = node(token, path + "[" + items.size() + "]", depth + 1);
                if (item == null) {
                    return null;
                }
                items.add(item);
            }
            return new YamlNode.Sequence(items, at);
        }

        private YamlNode fail(SourcePosition at, String message) {
            problems.error(ProblemCodes.YAML, at, "", "", message);
            failed = true;
            return null;
        }
    }
}
