package org.opendisclosure.content;

import java.util.List;
import java.util.Locale;

import org.opendisclosure.problem.SourcePosition;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns the YAML parser's report of a syntax error into words an editor can act on: where to
 * look (the opening quote of an unclosed string, not the end of the file) and the usual cause,
 * in Chinese, followed by the parser's own words for those who know them.
 */
final class YamlSyntaxError {

    /** A common parser problem, recognised by its words, and what it usually means. */
    private record Explanation(String problem, String context, String meaning) {
        boolean matches(MarkedYAMLException e) {
            return contains(e.getProblem(), problem) && (context == null || contains(e.getContext(), context));
        }
    }

    private static final List<Explanation> EXPLANATIONS = List.of(
            new Explanation("end of stream", "quoted scalar",
                    "引号没有闭合：从这里开始的带引号文字直到文件末尾都没有结束的引号"),
            new Explanation("found unexpected end of stream", null, "文件在一个值的中间结束了"),
            new Explanation("mapping values are not allowed here", null,
                    "这里不能出现“键: 值”：通常是缩进没有对齐，或者文字里有“: ”（冒号加空格）却没有加引号"),
            new Explanation("could not find expected ':'", null, "键后面缺少冒号“:”，或者上一行的缩进不对"),
            new Explanation("expected <block end>", null, "缩进不一致：同一层的键或列表项要左对齐"),
            new Explanation("did not find expected key", null, "缩进不一致：同一层的键要左对齐"),
            new Explanation("did not find expected '-' indicator", null, "列表项缩进不一致：同一列表的“- ”要左对齐"),
            new Explanation("found character '@' that cannot start any token", null,
                    "“@”不能出现在值的开头；请给整个值加引号"),
            new Explanation("found character '`' that cannot start any token", null,
                    "“`”不能出现在值的开头；请给整个值加引号"));

    private final SourcePosition position;
    private final String message;

    private YamlSyntaxError(SourcePosition position, String message) {
        this.position = position;
        this.message = message;
    }

    static YamlSyntaxError of(String file, MarkedYAMLException e) {
        Explanation explanation = EXPLANATIONS.stream().filter(x -> x.matches(e)).findFirst().orElse(null);
        boolean atOpening = explanation != null && explanation.context() != null && e.getContextMark() != null;
        Mark mark = atOpening ? e.getContextMark() : e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        SourcePosition position = mark == null ? SourcePosition.startOf(file)
                : new SourcePosition(file, mark.getLine() + 1, mark.getColumn() + 1);
        String parser = (e.getContext() == null ? "" : e.getContext() + "; ") + String.valueOf(e.getProblem()).strip();
        String words = explanation == null ? "" : explanation.meaning() + "。";
        return new YamlSyntaxError(position, "YAML 语法错误：" + words + "（" + parser + "）");
    }

    SourcePosition position() {
        return position;
    }

    String message() {
        return message;
    }

    private static boolean contains(String text, String part) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }
}
