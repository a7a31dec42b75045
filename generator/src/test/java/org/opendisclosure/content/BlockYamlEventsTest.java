package org.opendisclosure.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendisclosure.FixtureSite;
import org.opendisclosure.GeneratedContent;
import org.opendisclosure.problem.ProblemCollector;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Holds the plain-YAML reader to SnakeYAML, the judge: whenever it takes a file, it must give the
 * events SnakeYAML gives — kinds, values, styles, tags, anchors and every position the tree is
 * built from — and SnakeYAML must take the file too. Run over the bundled content, generated city
 * content, hand-written corner cases and thousands of seeded random mutations of them; it must
 * also actually take the content files, or it would speed nothing up.
 */
class BlockYamlEventsTest {

    /**
     * Mutations of each file of the corpus, and their seed, which is printed with any failure; a
     * longer run sets {@code -Dblockyaml.mutations} and {@code -Dblockyaml.seed} (docs/testing.md).
     */
    private static final int MUTATIONS_PER_FILE = Integer.getInteger("blockyaml.mutations", 150);
    private static final long SEED = Long.getLong("blockyaml.seed", 20261203L);
    /** What a mutation inserts: YAML's indicators, spaces, breaks and text. */
    private static final List<String> INSERTS = List.of(" ", "  ", "\n", "\n  ", ":", ": ", " #", "#", "-", "- ",
            "'", "''", "\"", "\\", "|", "|-", "|+", ">", ">-", "|2", "&a ", "*a", "!!str ", "!", "[", "]", "{", "}",
            ",", "?", "? ", "%", "@", "`", "---\n", "...\n", "~", "null", "0x1G", "0b102", "1_", "-5", "\t", "\r",
            "\r\n", "\u0085", "\u2028", "\uFEFF", "\u0007", "😀", "名称", "a", "0");

    @Test
    void takesTheBundledContentAndGivesSnakeYamlsEvents() throws IOException {
        List<Path> files = yamlFiles(FixtureSite.repositoryRoot().resolve("content"));
        assertFalse(files.isEmpty());
        for (Path file : files) {
            String text = Files.readString(file);
            assertTrue(BlockYamlEvents.of(text, ContentLimits.DEFAULT).isPresent(),
                    () -> "the plain reader does not take " + file);
            assertSameEvents(file.toString(), text);
        }
    }

    @Test
    void takesGeneratedCityContentAndGivesSnakeYamlsEvents(@TempDir Path dir) throws IOException {
        Path content = GeneratedContent.city(300, dir.resolve("content"), 7);
        for (Path file : yamlFiles(content)) {
            String text = Files.readString(file);
            assertTrue(BlockYamlEvents.of(text, ContentLimits.DEFAULT).isPresent(),
                    () -> "the plain reader does not take " + file);
            assertSameEvents(file.toString(), text);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a: 1\n", "a: 1", "a:\n", "a:", "a: ~\n", "a: null\n", "a: ''\n", "a: \"\"\n", "a: 'it''s'\n",
        "a: '''x'''\n", "a: \"q\" # c\n", "a: 'q'   # c\n", "a: x # c\nb: y#z\n", "a: x   \n", "a: -5\n",
        "a: 0x1F\n", "a: 0b101\n", "a: 017\n", "a: 1_000\n", "a: 2024-01-01\n", "a: http://x.cn/a#b\n",
        "a: 名称（一）\n", "a: x, y [z] {w}\n", "a: 'x' \n", "# only\na: 1\n# end\n", "\n\na: 1\n\n\n",
        "a:\n  b: 1\n  c:\n    d: 2\ne: 3\n", "a:\n  - 1\n  - 2\n", "a:\n  -\n  - x\n", "a:\n  - b: 1\n    c: 2\n  - d\n",
        "a:\n  -   b: 1\n      c: 2\n", "- a\n- b\n", "- a: 1\n- - b\n", "-\n  - x\n", "- \n", "a:\n  # c\n  b: 1\n",
        "a:    # c\n  b: 1\n", "a: |\n  x\n  y\n", "a: |\n  x\n\n  y\n\n\nb: 1\n", "a: |\n  x\n", "a: |\n  x",
        "a: |-\n  x\n  y\nb: 2\n", "a: |\n    x\n  y\n", "a: |\n  # not a comment\n  x\n# a comment\nb: 1\n",
        "a: |\n  x  \n", "a: |\n   \n  x\n", "a: |\n  x\n    \n", "a: |\n  x\n     \n  y\n", "a: |\n\n  x\n",
        "a: |\n  x\n \n", "a: | # c\n  x\n", "a: |+\n  x\n\n", "a: |2\n   x\n", "a: >\n  x\n  y\n",
        "a: >-\n  x\n  y\nb: 1\n", "a: >\n  x\n\n  y\n", "a: >\n  x\n    y\n", "- |\n  x\n- y\n",
        "- a: |\n    x\n  b: 1\n", "a:\n- b\n", "a: 1\na: 2\n", "a: b: c\n", "a: x:\n", "a:b\n", "a :b\n",
        "a : b\n", "\"a\": 1\n", "'a': 1\n", "? a\n: 1\n", "a: [1, 2]\n", "a: {b: 1}\n", "a: &x 1\n", "a: *x\n",
        "a: !!str 1\n", "a: !x 1\n", "a: @x\n", "a: `x\n", "a: %x\n", "%YAML 1.1\n---\na: 1\n", "---\na: 1\n",
        "a: 1\n---\nb: 2\n", "a: 1\n...\n", "a: \"x\\ty\"\n", "a: \"x\n  y\"\n", "a: 'x\n  y'\n", "a: x\n  y\n",
        "a: x\n\n  y\n", " a: 1\n", "a: 1\n b: 2\n", "a:\n    b: 1\n  c: 2\n", "a:\n  b: 1\n c: 2\n", "x\n",
        "'x'\n", "a: 1\nx\n", "a: \"x\"y\n", "a: 'x'y\n", "a: x\r\n", "a: \u00A0x\u00A0\n", "a: x\u3000\n",
        "a: -\n", "a: - x\n", "a: ? x\n", "a: :x\n", "- -5\n", "a-b.c_d: 1\n", "2024: x\n", "<<: x\n",
        "a: |\nb: 1\n", "a:\n  |\n    x\n", "a: \"\"\"\n", "a: '\n", "\"a\":\n  b: 1\n", "'a''b': 1\n",
        "\"a\" : 1\n", "\"a\":1\n", "- \"a\": 1\n  \"b\": 2\n", "\"a\": 1\n\"a\": 2\n", "\"\": 1\n",
        "\"a\\tb\": 1\n", "a: 1 # c: d\n", "a: '#'\n", "a: \"x\" #\n", "a: []\n", "a: {}\n",
        "a: [] # c\n", "a: []x\n", "a: [ ]\n", "- []\n- {}\n", "a:\n  - []\n"})
    void agreesWithSnakeYamlOnCornerCases(String yaml) {
        assertSameEvents(yaml, yaml);
    }

    @Test
    void agreesWithSnakeYamlOnMutatedFiles(@TempDir Path dir) throws IOException {
        List<String> corpus = new ArrayList<>();
        for (Path file : yamlFiles(FixtureSite.repositoryRoot().resolve("content"))) {
            corpus.add(Files.readString(file));
        }
        for (Path file : yamlFiles(GeneratedContent.city(20, dir.resolve("content"), 11))) {
            corpus.add(Files.readString(file));
        }
        corpus.addAll(List.of(FixtureSite.PROJECT_2024, FixtureSite.PROJECT_2019, FixtureSite.BUDGET,
                FixtureSite.DEPARTMENT, FixtureSite.CATALOGUE));
        Random random = new Random(SEED);
        int taken = 0;
        int cases = 0;
        for (String original : corpus) {
            for (int i = 0; i < MUTATIONS_PER_FILE; i++) {
                String mutated = mutate(original, random);
                cases++;
                if (assertSameEvents("mutation " + i + " (seed " + SEED + ")", mutated)) {
                    taken++;
                }
            }
        }
        System.out.println("BlockYamlEventsTest: the plain reader took " + taken + " of " + cases
                + " mutated files (seed " + SEED + ")");
        // About a fifth of the mutations stay plain YAML: the plain reader must have been compared, not skipped.
        assertTrue(taken > cases / 8, "the plain reader took " + taken + " of " + cases + " mutated files");
    }

    @Test
    void leavesFilesBeyondTheLimitsToSnakeYaml() {
        ContentLimits limits = ContentLimits.DEFAULT;
        StringBuilder deep = new StringBuilder();
        for (int level = 0; level <= limits.maxDepth(); level++) {
            deep.append("  ".repeat(level)).append("k:\n");
        }
        assertFalse(BlockYamlEvents.of(deep.toString(), limits).isPresent());
        StringBuilder many = new StringBuilder();
        for (int key = 0; key <= limits.maxNodes(); key++) {
            many.append("k").append(key).append(": v\n");
        }
        assertFalse(BlockYamlEvents.of(many.toString(), limits).isPresent());
    }

    /** The tree read through the plain reader keeps duplicate keys' problem as SnakeYAML's events gave it. */
    @Test
    void duplicateKeysAreStillReportedWithBothLines() {
        ProblemCollector problems = new ProblemCollector();
        new YamlTreeReader(ContentLimits.DEFAULT).read("f.yaml", "a: 1\nb:\n  c: 2\na: 3\n".getBytes(StandardCharsets.UTF_8),
                problems);
        assertEquals(1, problems.sorted().size());
        assertTrue(problems.sorted().get(0).message().contains("第 1 行"), problems.sorted().get(0).message());
        assertEquals(4, problems.sorted().get(0).position().line());
    }

    /**
     * Compares the two readers on {@code text}; returns whether the plain reader took it. Where it
     * does, SnakeYAML must read the file without error and give equal events.
     */
    private static boolean assertSameEvents(String name, String text) {
        Optional<Parser> fast = BlockYamlEvents.of(text, ContentLimits.DEFAULT);
        if (fast.isEmpty()) {
            return false;
        }
        List<String> expected;
        try {
            expected = describe(new ParserImpl(new StreamReader(text), new LoaderOptions()));
        } catch (YAMLException | NumberFormatException e) {
            throw new AssertionError(name + ": the plain reader took a file that SnakeYAML refuses ("
                    + e.getMessage() + "):\n" + text, e);
        }
        assertEquals(expected, describe(fast.get()), () -> name + ":\n" + text);
        return true;
    }

    /** Each event as the tree builder sees it. */
    private static List<String> describe(Parser parser) {
        List<String> events = new ArrayList<>();
        Event event;
        do {
            event = parser.getEvent();
            assertNotNull(event);
            StringBuilder line = new StringBuilder(event.getEventId().name());
            if (event instanceof NodeEvent node) {
                line.append(" anchor=").append(node.getAnchor()).append(" at ").append(at(event.getStartMark()));
            }
            if (event instanceof ScalarEvent scalar) {
                line.append(" value=[").append(scalar.getValue()).append("] tag=").append(scalar.getTag())
                        .append(" plain=").append(scalar.getImplicit().canOmitTagInPlainScalar())
                        .append(" nonplain=").append(scalar.getImplicit().canOmitTagInNonPlainScalar())
                        .append(" style=").append(scalar.getScalarStyle())
                        .append(" to ").append(at(event.getEndMark()));
            }
            if (event instanceof CollectionStartEvent collection) {
                line.append(" tag=").append(collection.getTag()).append(" implicit=")
                        .append(collection.getImplicit()).append(" flow=").append(collection.getFlowStyle());
            }
            events.add(line.toString());
        } while (!event.is(Event.ID.StreamEnd));
        return events;
    }

    private static String at(Mark mark) {
        return (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
    }

    private static String mutate(String text, Random random) {
        String result = text;
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(result.length() + 1);
            switch (random.nextInt(5)) {
                case 0, 1 -> result = result.substring(0, at) + INSERTS.get(random.nextInt(INSERTS.size()))
                        + result.substring(at);
                case 2 -> result = result.substring(0, at)
                        + result.substring(Math.min(result.length(), at + 1 + random.nextInt(4)));
                case 3 -> {
                    int lineStart = result.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
                    result = result.substring(0, lineStart) + " ".repeat(1 + random.nextInt(2))
                            + result.substring(lineStart);
                }
                default -> {
                    int lineStart = result.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
                    if (result.startsWith(" ", lineStart)) {
                        result = result.substring(0, lineStart) + result.substring(lineStart + 1);
                    }
                }
            }
        }
        return result;
    }

    private static List<Path> yamlFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(path -> path.toString().endsWith(".yaml")).sorted().toList();
        }
    }
}
