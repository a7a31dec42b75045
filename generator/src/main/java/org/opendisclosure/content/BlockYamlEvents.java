package org.opendisclosure.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.DocumentEndEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ImplicitTuple;
import org.yaml.snakeyaml.events.MappingEndEvent;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceEndEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.events.StreamEndEvent;
import org.yaml.snakeyaml.events.StreamStartEvent;
import org.yaml.snakeyaml.parser.Parser;

/**
 * The events of a file written in the plain block YAML that content files are made of, found
 * without SnakeYAML's scanner, which takes most of a city's load. Returns nothing for anything
 * beyond that plain form, and {@link YamlTreeReader} then lets SnakeYAML read the file, so this is
 * only ever a faster way to the very events SnakeYAML gives (same values, styles and positions);
 * {@code BlockYamlEventsTest} holds it to that against SnakeYAML on real, generated and mutated
 * files.
 *
 * <p>The plain form: lines ending in {@code \n} only, printable characters of the Basic
 * Multilingual Plane only (no tab, no control character, no line separator, no byte-order mark),
 * one implicit document whose root is a block mapping or sequence at the first column, comments
 * and blank lines anywhere, keys made of plain characters ({@code id}, {@code level1}) or quoted
 * like values ({@code "201"}), block sequences ({@code - }) with items that are values or compact mappings, and
 * values that are one-line plain, single-quoted or double-quoted (without escapes) scalars, or
 * literal ({@code |}, {@code |-}) and simple folded ({@code >}, {@code >-}) block scalars, or an
 * empty {@code []} or <code>{}</code>. Anchors, aliases, tags, other flow collections, escapes, multi-line plain or quoted scalars, explicit
 * indentation, keep chomping, indentless sequences, directives and document markers are all left
 * to SnakeYAML, as is a file beyond the node or depth limits, so that it refuses them with its own
 * words. Stateless; every call works on its own.
 */
final class BlockYamlEvents {

    /** Longer keys are left to SnakeYAML, which has its own limit for simple keys. */
    private static final int MAX_KEY_CHARS = 128;
    private static final int[] NO_BUFFER = new int[0];
    private static final ImplicitTuple PLAIN = new ImplicitTuple(true, false);
    private static final ImplicitTuple QUOTED = new ImplicitTuple(false, true);

    private final String text;
    private final int maxNodes;
    private final int maxDepth;
    /** Where each line starts; the last entry is one past the end of the text. */
    private final int[] lineStarts;
    /** Where each line ends, before its break. */
    private final int[] lineEnds;
    /** How many spaces each line starts with. */
    private final int[] indents;
    private final int lineCount;
    private final List<Event> events = new ArrayList<>();
    private int nodes;

    /** Thrown where the file leaves the plain form; caught in {@link #of}. */
    private static final class NotPlain extends Exception {
        private static final NotPlain INSTANCE = new NotPlain();

        private NotPlain() {
            super(null, null, false, false);
        }
    }

    private BlockYamlEvents(String text, ContentLimits limits) {
        this.text = text;
        this.maxNodes = limits.maxNodes();
        this.maxDepth = limits.maxDepth();
        int capacity = 16;
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        int[] spaces = new int[capacity];
        int count = 0;
        int length = text.length();
        int start = 0;
        while (start < length) {
            if (text.startsWith("---", start) || text.startsWith("...", start) || text.charAt(start) == '%') {
                count = -1;
                break;
            }
            if (count + 1 >= capacity) {
                capacity *= 2;
                starts = Arrays.copyOf(starts, capacity);
                ends = Arrays.copyOf(ends, capacity);
                spaces = Arrays.copyOf(spaces, capacity);
            }
            int i = start;
            while (i < length && text.charAt(i) == ' ') {
                i++;
            }
            spaces[count] = i - start;
            while (i < length && text.charAt(i) != '\n' && printable(text.charAt(i))) {
                i++;
            }
            if (i < length && text.charAt(i) != '\n' || i - start > limits.maxLineChars()) {
                count = -1;
                break;
            }
            starts[count] = start;
            ends[count++] = i;
            start = i + 1;
        }
        if (count >= 0) {
            starts[count] = Math.min(start, length);
        }
        this.lineCount = count;
        this.lineStarts = starts;
        this.lineEnds = ends;
        this.indents = spaces;
    }

    /**
     * The events of {@code text}, or empty when it is not in the plain form, or has a line longer
     * than the limit, and SnakeYAML must read it.
     */
    static Optional<Parser> of(String text, ContentLimits limits) {
        BlockYamlEvents parser = new BlockYamlEvents(text, limits);
        if (parser.lineCount < 0) {
            return Optional.empty();
        }
        try {
            parser.document();
        } catch (NotPlain e) {
            return Optional.empty();
        }
        return Optional.of(new EventList(parser.events));
    }

    /** Printable and not a line break to YAML 1.1, and in the Basic Multilingual Plane. */
    private static boolean printable(char c) {
        if (c < 0x7F) {
            return c >= 0x20;
        }
        return c >= 0xA0 && c != 0x2028 && c != 0x2029 && c != 0xFEFF && (c < 0xD800 || c > 0xDFFF) && c < 0xFFFE;
    }

    // ---- lines

    /** The end of line {@code line}, before its break. */
    private int end(int line) {
        return lineEnds[line];
    }

    /** Whether line {@code line} ends with a line break (every line but perhaps the last). */
    private boolean hasBreak(int line) {
        return lineEnds[line] < text.length();
    }

    private int indent(int line) {
        return indents[line];
    }

    /** Whether the line holds nothing but spaces, perhaps with a comment. */
    private boolean blank(int line) {
        return nothingFrom(line, indent(line));
    }

    /** The first line from {@code line} on that holds more than spaces and a comment; {@link #lineCount} when none. */
    private int nextContent(int line) {
        int l = line;
        while (l < lineCount && blank(l)) {
            l++;
        }
        return l;
    }

    private Mark mark(int line, int column) {
        return new Mark("", lineStarts[line] + column, line, column, NO_BUFFER, 0);
    }

    // ---- structure

    private void document() throws NotPlain {
        Mark start = mark(0, 0);
        events.add(new StreamStartEvent(start, start));
        int first = nextContent(0);
        if (first == lineCount || indent(first) != 0) {
            throw NotPlain.INSTANCE;
        }
        Mark documentAt = mark(first, 0);
        events.add(new DocumentStartEvent(documentAt, documentAt, false, null, null));
        int after = collection(first, 0, 0);
        if (after != lineCount) {
            throw NotPlain.INSTANCE;
        }
        Mark end = endOfText();
        events.add(new DocumentEndEvent(end, end, false));
        events.add(new StreamEndEvent(end, end));
    }

    private Mark endOfText() {
        int last = lineCount - 1;
        return hasBreak(last) ? mark(lineCount, 0) : mark(last, end(last) - lineStarts[last]);
    }

    /**
     * The block collection whose first entry starts at {@code column} of {@code line}, inside
     * {@code depth} collections; returns the first content line after it.
     */
    private int collection(int line, int column, int depth) throws NotPlain {
        if (depth + 1 >= maxDepth) {
            throw NotPlain.INSTANCE;
        }
        count();
        return entryIndicator(line, column) ? sequence(line, column, depth + 1) : mapping(line, column, depth + 1);
    }

    private void count() throws NotPlain {
        if (++nodes >= maxNodes) {
            throw NotPlain.INSTANCE;
        }
    }

    /** Whether a sequence entry ({@code -} then a space or the line's end) starts at {@code column}. */
    private boolean entryIndicator(int line, int column) {
        int at = lineStarts[line] + column;
        int end = end(line);
        return at < end && text.charAt(at) == '-' && (at + 1 == end || text.charAt(at + 1) == ' ');
    }

    private int sequence(int line, int indent, int depth) throws NotPlain {
        events.add(new SequenceStartEvent(null, null, true, mark(line, indent), mark(line, indent),
                DumperOptions.FlowStyle.BLOCK));
        int l = line;
        while (true) {
            int column = afterSpaces(l, indent + 1);
            int next;
            if (nothingFrom(l, column)) {
                next = nested(l, indent, indent + 1, depth);
            } else if (entryIndicator(l, column)) {
                throw NotPlain.INSTANCE;
            } else if (key(l, column) != null) {
                next = collection(l, column, depth);
            } else {
                next = inlineValue(l, column, indent);
            }
            if (ends(next, indent, true)) {
                return next;
            }
            if (indent(next) > indent || !entryIndicator(next, indent)) {
                throw NotPlain.INSTANCE;
            }
            l = next;
        }
    }

    private int mapping(int line, int indent, int depth) throws NotPlain {
        events.add(new MappingStartEvent(null, null, true, mark(line, indent), mark(line, indent),
                DumperOptions.FlowStyle.BLOCK));
        int l = line;
        int column = indent;
        while (true) {
            Key key = key(l, column);
            if (key == null) {
                throw NotPlain.INSTANCE;
            }
            int lineStart = lineStarts[l];
            count();
            events.add(new ScalarEvent(null, null, key.quoted() ? QUOTED : PLAIN, key.value(), mark(l, column),
                    mark(l, key.end() - lineStart), key.quoted() ? quoteStyle(text.charAt(lineStart + column))
                            : DumperOptions.ScalarStyle.PLAIN));
            int afterColon = key.colon() - lineStart + 1;
            int valueAt = afterSpaces(l, afterColon);
            int next = nothingFrom(l, valueAt) ? nested(l, indent, afterColon, depth)
                    : inlineValue(l, valueAt, indent);
            if (ends(next, indent, false)) {
                return next;
            }
            if (indent(next) > indent) {
                throw NotPlain.INSTANCE;
            }
            l = next;
            column = indent;
        }
    }

    /** The first column of {@code line} from {@code column} on that is not a space. */
    private int afterSpaces(int line, int column) {
        int at = lineStarts[line] + column;
        while (at < end(line) && text.charAt(at) == ' ') {
            at++;
        }
        return at - lineStarts[line];
    }

    /** Whether {@code line} holds nothing from {@code column} on, or only a comment. */
    private boolean nothingFrom(int line, int column) {
        int at = lineStarts[line] + column;
        return at == end(line) || text.charAt(at) == '#';
    }

    /**
     * Whether the collection at {@code indent} ends before {@code next}, its next content line;
     * if so, its end event is added.
     */
    private boolean ends(int next, int indent, boolean sequence) {
        if (next < lineCount && indent(next) >= indent) {
            return false;
        }
        Mark end = next == lineCount ? endOfText() : mark(next, 0);
        events.add(sequence ? new SequenceEndEvent(end, end) : new MappingEndEvent(end, end));
        return true;
    }

    /**
     * The value of an entry whose line ends after its indicator: a collection on the lines below,
     * more indented than {@code indent}, or else an empty value at {@code emptyAt} of {@code line}.
     */
    private int nested(int line, int indent, int emptyAt, int depth) throws NotPlain {
        int next = nextContent(line + 1);
        if (next < lineCount && indent(next) > indent) {
            return collection(next, indent(next), depth);
        }
        if (next < lineCount && indent(next) == indent && entryIndicator(next, indent)
                && !entryIndicator(line, indent)) {
            // An indentless sequence as a mapping's value.
            throw NotPlain.INSTANCE;
        }
        count();
        Mark at = mark(line, emptyAt);
        events.add(new ScalarEvent(null, null, PLAIN, "", at, at, DumperOptions.ScalarStyle.PLAIN));
        return next;
    }

    /** A key of a block mapping: its text, whether it was quoted, and where its colon stands in the text. */
    private record Key(String value, boolean quoted, int end, int colon) {
    }

    /**
     * The key starting at {@code column} of {@code line} — plain characters, or a one-line quoted
     * scalar without escapes — with its colon right after it and then a space or the line's end;
     * null when no such key starts there.
     */
    private Key key(int line, int column) {
        int start = lineStarts[line] + column;
        int end = end(line);
        if (start >= end) {
            return null;
        }
        char first = text.charAt(start);
        if (first == '"' || first == '\'') {
            int close = closingQuote(start, end, first);
            if (close < 0 || !colonAt(close + 1, end)) {
                return null;
            }
            return new Key(unquote(start + 1, close, first), true, close + 1, close + 1);
        }
        if (first == '-') {
            return null;
        }
        for (int i = start; i < end && i - start <= MAX_KEY_CHARS; i++) {
            char c = text.charAt(i);
            if (c == ':') {
                return i > start && colonAt(i, end) ? new Key(text.substring(start, i), false, i, i) : null;
            }
            if (!keyCharacter(c)) {
                return null;
            }
        }
        return null;
    }

    /** Whether a colon that a space or the line's end follows stands at {@code at}. */
    private boolean colonAt(int at, int end) {
        return at < end && text.charAt(at) == ':' && (at + 1 == end || text.charAt(at + 1) == ' ');
    }

    /** The ASCII characters a plain key may hold; any other character of the plain form may be in one too. */
    private static final boolean[] ASCII_KEY_CHARACTERS = new boolean[128];

    static {
        for (char c = '!'; c < 127; c++) {
            ASCII_KEY_CHARACTERS[c] = "#,[]{}&*!|>'\"%@`?\\:".indexOf(c) < 0;
        }
    }

    private static boolean keyCharacter(char c) {
        return c >= 128 || ASCII_KEY_CHARACTERS[c];
    }

    // ---- scalars

    /**
     * The value written on {@code line} from {@code column} on, in a collection at {@code indent};
     * returns the first content line after it.
     */
    private int inlineValue(int line, int column, int indent) throws NotPlain {
        count();
        int lineStart = lineStarts[line];
        int at = lineStart + column;
        int end = end(line);
        char first = text.charAt(at);
        if (first == '"' || first == '\'') {
            return quoted(line, column, first);
        }
        if (first == '|' || first == '>') {
            return block(line, column, indent);
        }
        if ((first == '[' || first == '{') && at + 1 < end && text.charAt(at + 1) == (first == '[' ? ']' : '}')) {
            return emptyFlow(line, column, first == '[');
        }
        if ("-?:,[]{}#&*!|>'\"%@`".indexOf(first) >= 0
                && !(first == '-' && at + 1 < end && text.charAt(at + 1) >= '0' && text.charAt(at + 1) <= '9')) {
            throw NotPlain.INSTANCE;
        }
        int valueEnd = end;
        for (int i = at; i < end; i++) {
            char c = text.charAt(i);
            if (c == '#' && text.charAt(i - 1) == ' ') {
                valueEnd = i;
                break;
            }
            if (c == ':' && (i + 1 == end || text.charAt(i + 1) == ' ')) {
                throw NotPlain.INSTANCE;
            }
        }
        while (text.charAt(valueEnd - 1) == ' ') {
            valueEnd--;
        }
        events.add(new ScalarEvent(null, null, PLAIN, text.substring(at, valueEnd), mark(line, column),
                mark(line, valueEnd - lineStart), DumperOptions.ScalarStyle.PLAIN));
        return nextContent(line + 1);
    }

    /** An empty flow sequence ({@code []}) or mapping ({@code {}}); nothing but a comment may follow it. */
    private int emptyFlow(int line, int column, boolean sequence) throws NotPlain {
        commentOnly(lineStarts[line] + column + 2, end(line));
        Mark open = mark(line, column);
        Mark inside = mark(line, column + 1);
        Mark after = mark(line, column + 2);
        if (sequence) {
            events.add(new SequenceStartEvent(null, null, true, open, inside, DumperOptions.FlowStyle.FLOW));
            events.add(new SequenceEndEvent(inside, after));
        } else {
            events.add(new MappingStartEvent(null, null, true, open, inside, DumperOptions.FlowStyle.FLOW));
            events.add(new MappingEndEvent(inside, after));
        }
        return nextContent(line + 1);
    }

    /** A one-line quoted scalar without escapes; nothing but a comment may follow it. */
    private int quoted(int line, int column, char quote) throws NotPlain {
        int lineStart = lineStarts[line];
        int end = end(line);
        int open = lineStart + column;
        int close = closingQuote(open, end, quote);
        if (close < 0) {
            throw NotPlain.INSTANCE;
        }
        commentOnly(close + 1, end);
        events.add(new ScalarEvent(null, null, QUOTED, unquote(open + 1, close, quote), mark(line, column),
                mark(line, close + 1 - lineStart), quoteStyle(quote)));
        return nextContent(line + 1);
    }

    /**
     * The closing quote of the quoted scalar opened at {@code open}, on the same line and without
     * escapes ({@code ''} in single quotes aside); -1 when there is none.
     */
    private int closingQuote(int open, int end, char quote) {
        for (int i = open + 1; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\\' && quote == '"') {
                return -1;
            }
            if (c == quote) {
                if (quote == '\'' && i + 1 < end && text.charAt(i + 1) == '\'') {
                    i++;
                    continue;
                }
                return i;
            }
        }
        return -1;
    }

    /** The text between the quotes, {@code ''} read as one quote in single quotes. */
    private String unquote(int from, int to, char quote) {
        String inner = text.substring(from, to);
        return quote == '\'' ? inner.replace("''", "'") : inner;
    }

    private static DumperOptions.ScalarStyle quoteStyle(char quote) {
        return quote == '"' ? DumperOptions.ScalarStyle.DOUBLE_QUOTED : DumperOptions.ScalarStyle.SINGLE_QUOTED;
    }

    /** Nothing but spaces, or spaces and then a comment, from {@code at} to {@code end}. */
    private void commentOnly(int at, int end) throws NotPlain {
        int i = at;
        while (i < end && text.charAt(i) == ' ') {
            i++;
        }
        if (i < end && (i == at || text.charAt(i) != '#')) {
            throw NotPlain.INSTANCE;
        }
    }

    /**
     * A literal or folded block scalar whose indicator stands at {@code column} of {@code line},
     * in a collection at {@code indent}: clip or strip chomping, indentation found from its first
     * line, no leading empty line, and no line of more spaces than that indentation and nothing
     * else; a folded one only when every line is at that indentation and none is empty, so that
     * folding is joining with spaces.
     */
    private int block(int line, int column, int indent) throws NotPlain {
        int lineStart = lineStarts[line];
        int end = end(line);
        int header = lineStart + column;
        boolean folded = text.charAt(header) == '>';
        boolean strip = header + 1 < end && text.charAt(header + 1) == '-';
        commentOnly(header + (strip ? 2 : 1), end);
        int first = line + 1;
        if (first >= lineCount || blankLine(first) || indent(first) <= indent) {
            throw NotPlain.INSTANCE;
        }
        int contentIndent = indent(first);
        StringBuilder value = new StringBuilder();
        int l = first;
        int lastContent = first;
        int pendingBreaks = 0;
        for (; l < lineCount; l++) {
            int start = lineStarts[l];
            int lineEnd = end(l);
            boolean onlySpaces = blankLine(l);
            if (!onlySpaces && indent(l) < contentIndent) {
                break;
            }
            if (onlySpaces) {
                if (folded || lineEnd - start > contentIndent) {
                    throw NotPlain.INSTANCE;
                }
                pendingBreaks++;
                continue;
            }
            if (l > first) {
                if (folded) {
                    if (indent(l) != contentIndent) {
                        throw NotPlain.INSTANCE;
                    }
                    value.append(' ');
                } else {
                    value.append('\n');
                    value.append("\n".repeat(pendingBreaks));
                }
            }
            pendingBreaks = 0;
            value.append(text, start + contentIndent, lineEnd);
            lastContent = l;
        }
        if (!strip && hasBreak(lastContent)) {
            value.append('\n');
        }
        events.add(new ScalarEvent(null, null, QUOTED, value.toString(), mark(line, column),
                l == lineCount ? endOfText() : mark(l, 0),
                folded ? DumperOptions.ScalarStyle.FOLDED : DumperOptions.ScalarStyle.LITERAL));
        return nextContent(l);
    }

    /** Whether the line holds nothing but spaces (a comment counts as content inside a block scalar). */
    private boolean blankLine(int line) {
        return lineStarts[line] + indent(line) == end(line);
    }

    /** SnakeYAML's parser interface over the events found. */
    private static final class EventList implements Parser {
        private final List<Event> events;
        private int next;

        EventList(List<Event> events) {
            this.events = events;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return next < events.size() && events.get(next).is(choice);
        }

        @Override
        public Event peekEvent() {
            return next < events.size() ? events.get(next) : null;
        }

        @Override
        public Event getEvent() {
            return events.get(next++);
        }
    }
}
