package org.opendisclosure.content;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.opendisclosure.problem.ProblemCodes;
import org.opendisclosure.problem.ProblemCollector;
import org.opendisclosure.problem.SourcePosition;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads the bytes of one content file into a {@link YamlNode} tree, parsing it once into YAML
 * events ({@link BlockYamlEvents} or SnakeYAML's parser, below). This is the first step of loading
 * and the only place that sees raw YAML.
 *
 * <p>It refuses what a plain YAML reader would silently accept or misread: files that are not
 * UTF-8, tabs in indentation, several documents in one file, anchors and aliases, duplicate keys,
 * and files beyond {@link ContentLimits}. Each check runs before the work it protects: the size
 * before decoding, the lines ({@link YamlLines}) before SnakeYAML parses, and the structure while
 * the events stream past ({@link YamlTreeBuilder}), so that a hostile file is refused in bounded
 * time and memory. A file in the plain block YAML content is written in has its events found by
 * {@link BlockYamlEvents} instead, in one linear pass that declines any tab or over-long line;
 * SnakeYAML reads every file it declines. Instances are immutable and safe to share between
 * threads.
 */
public final class YamlTreeReader {

    /** How a message starts when the YAML library failed in a way this class does not foresee. */
    static final String UNEXPECTED_FAILURE = "无法读取 YAML：";

    private final ContentLimits limits;
    private final LoaderOptions options;
    private final ScalarResolution scalars = new ScalarResolution();

    public YamlTreeReader(ContentLimits limits) {
        this.limits = limits;
        this.options = new LoaderOptions();
        // Duplicate keys are found by the tree builder, which names both lines.
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(limits.maxDepth() + 1);
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
    }

    /**
     * Reads one file. Returns the root node, or empty when the file cannot be read; every reason
     * is reported to {@code problems}.
     */
    public Optional<YamlNode> read(String file, byte[] bytes, ProblemCollector problems) {
        return read(file, bytes, new StringPool(), problems);
    }

    /** Reads one file, taking keys and short values from {@code strings}, the pool of the load. */
    Optional<YamlNode> read(String file, byte[] bytes, StringPool strings, ProblemCollector problems) {
        if (bytes.length > limits.maxFileBytes()) {
            problems.error(ProblemCodes.YAML, SourcePosition.startOf(file), "", "",
                    tooLarge(limits.maxFileBytes(), bytes.length));
            return Optional.empty();
        }
        Optional<String> text = decode(file, bytes, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        // A file in plain block YAML has neither tabs nor over-long lines: the line checks are for the others.
        Optional<Parser> plain = BlockYamlEvents.of(text.get(), limits);
        if (plain.isEmpty()) {
            if (!YamlLines.withinLength(file, text.get(), limits.maxLineChars(), problems)
                    || !YamlLines.noTabIndentation(file, text.get(), problems)) {
                return Optional.empty();
            }
            if (text.get().isBlank()) {
                problems.error(ProblemCodes.YAML, SourcePosition.startOf(file), "", "", "文件为空：应为一个映射（键: 值）");
                return Optional.empty();
            }
        }
        String decoded = text.get();
        return new YamlTreeBuilder(file, plain.orElseGet(() -> new ParserImpl(new StreamReader(decoded), options)),
                limits, scalars, strings).build(problems);
    }

    /** The message for a file of {@code size} bytes over the limit of {@code max}. */
    static String tooLarge(long max, long size) {
        return "文件过大：最多 " + max + " 字节，实际 " + size + " 字节";
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
}
