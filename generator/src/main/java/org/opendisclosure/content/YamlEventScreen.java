package org.opendisclosure.content;

import java.util.ArrayDeque;
import java.util.Deque;

import org.opendisclosure.problem.ProblemCodes;
import org.opendisclosure.problem.ProblemCollector;
import org.opendisclosure.problem.SourcePosition;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Walks a file's YAML events once, before {@link YamlTreeReader} builds the tree, and stops at the
 * first thing the tree must never see: an anchor or alias (Jackson would read {@code *x} as the
 * text "x"), a key that is a list or a mapping, nesting deeper than {@link ContentLimits#maxDepth()},
 * more values than {@link ContentLimits#maxNodes()}, or a second document. Stopping early is what
 * bounds the time: SnakeYAML's scanner slows down with the square of flow nesting ({@code [[[[…}),
 * so a file of brackets would otherwise take minutes to reach its end. Syntax errors are left to
 * the main parse, which reports them with their position.
 */
final class YamlEventScreen {

    private final LoaderOptions options;
    private final ContentLimits limits;

    YamlEventScreen(LoaderOptions options, ContentLimits limits) {
        this.options = options;
        this.limits = limits;
    }

    /** Returns whether the file passed; otherwise the one reason was reported to {@code problems}. */
    boolean passes(String file, String text, ProblemCollector problems) {
        Walk walk = new Walk(file, problems);
        try {
            ParserImpl events = new ParserImpl(new StreamReader(text), options);
            while (events.peekEvent() != null) {
                Event event = events.getEvent();
                if (!walk.accepts(event, events)) {
                    return false;
                }
                if (event.is(Event.ID.StreamEnd)) {
                    break;
                }
            }
        } catch (RuntimeException syntaxError) {
            // Reported, with its position, by the main parse; everything before it has passed.
        }
        return true;
    }

    /** What the next node inside an open collection is. */
    private enum Next {
        ITEM, KEY, VALUE
    }

    /** The state of one walk: open collections, values and documents seen so far. */
    private final class Walk {
        private final String file;
        private final ProblemCollector problems;
        /** What the next node of each open collection is, innermost first. */
        private final Deque<Next> open = new ArrayDeque<>();
        private int values;
        private int documents;

        Walk(String file, ProblemCollector problems) {
            this.file = file;
            this.problems = problems;
        }

        boolean accepts(Event event, ParserImpl events) {
            if (event instanceof AliasEvent alias) {
                return refuse(alias.getStartMark(), "不支持 YAML 别名（*" + alias.getAnchor() + "）：请把内容直接写出来");
            }
            if (event instanceof NodeEvent node && node.getAnchor() != null) {
                return refuse(node.getStartMark(), "不支持 YAML 锚点（&" + node.getAnchor() + "）：请把内容直接写出来");
            }
            if (event.is(Event.ID.DocumentStart) && ++documents > 1) {
                Mark at = events.peekEvent() != null ? events.peekEvent().getStartMark() : event.getStartMark();
                return refuse(at, "一个文件只能有一个 YAML 文档，这里出现了第二个（“---”之后）");
            }
            if (event.is(Event.ID.SequenceEnd) || event.is(Event.ID.MappingEnd)) {
                open.pop();
                return true;
            }
            if (event instanceof NodeEvent) {
                return acceptsNode(event);
            }
            return true;
        }

        private boolean acceptsNode(Event node) {
            Next next = open.peek();
            if (next == Next.KEY || next == Next.VALUE) {
                // In a mapping, keys and values alternate.
                open.pop();
                open.push(next == Next.KEY ? Next.VALUE : Next.KEY);
            }
            if (next == Next.KEY && !node.is(Event.ID.Scalar)) {
                return refuse(node.getStartMark(),
                        "键只能是文字，不能是" + (node.is(Event.ID.MappingStart) ? "映射" : "列表"));
            }
            if (next != Next.KEY) {
                if (++values > limits.maxNodes()) {
                    return refuse(node.getStartMark(), "文件里的值太多：最多 " + limits.maxNodes() + " 个");
                }
                if (open.size() + 1 > limits.maxDepth()) {
                    return refuse(node.getStartMark(), "嵌套太深：最多 " + limits.maxDepth() + " 层");
                }
            }
            if (node.is(Event.ID.MappingStart)) {
                open.push(Next.KEY);
            } else if (node.is(Event.ID.SequenceStart)) {
                open.push(Next.ITEM);
            }
            return true;
        }

        private boolean refuse(Mark mark, String message) {
            SourcePosition at = mark == null ? SourcePosition.startOf(file)
                    : new SourcePosition(file, mark.getLine() + 1, mark.getColumn() + 1);
            problems.error(ProblemCodes.YAML, at, "", "", message);
            return false;
        }
    }
}
