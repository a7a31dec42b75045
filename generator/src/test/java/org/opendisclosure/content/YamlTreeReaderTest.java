package org.opendisclosure.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendisclosure.FixtureSite;
import org.opendisclosure.problem.Problem;
import org.opendisclosure.problem.ProblemCollector;

/**
 * Reading raw YAML: positions, exact scalars, and what is refused. Every refusal is read under
 * the default limits and must come within a second, however hostile the file: each limit is
 * checked before the structure it bounds is built, so time and memory stay small.
 */
class YamlTreeReaderTest {

    private static final Duration ONE_SECOND = Duration.ofSeconds(1);
    private static final YamlTreeReader READER = new YamlTreeReader(ContentLimits.DEFAULT);

    /** Just under 2 MiB: about 190,000 keys. */
    private static final String MANY_KEYS = manyKeys(190_000);
    private static final String MANY_DOCUMENTS = "a: 1\n" + "---\n".repeat(500_000);
    private static final String DEEP_BRACKETS = "a:\n" + "  [\n".repeat(10_000) + "  ]\n".repeat(10_000);
    private static final String LONG_LINE = "a: " + "x".repeat(2_000_000) + "\n";

    /**
     * Reads every kind of file these tests read a few times first, so that loading and compiling
     * the parsing code does not count against the time limits: they measure the reading alone.
     */
    @BeforeAll
    static void warmUp() {
        for (int round = 0; round < 3; round++) {
            for (String yaml : List.of(FixtureSite.PROJECT_2024, FixtureSite.BUDGET, "a: [1, 2\n", "a: &x 1\n",
                    "a:\n\tb: 1\n", MANY_KEYS, MANY_DOCUMENTS, DEEP_BRACKETS, LONG_LINE, nestedMappings(33))) {
                READER.read("warm-up.yaml", yaml.getBytes(StandardCharsets.UTF_8), new ProblemCollector());
            }
        }
    }

    /** Reads under the default limits, within a second. */
    private static Optional<YamlNode> read(byte[] bytes, ProblemCollector problems) {
        return assertTimeoutPreemptively(ONE_SECOND, () -> READER.read("f.yaml", bytes, problems));
    }

    private static Optional<YamlNode> read(String yaml, ProblemCollector problems) {
        return read(yaml.getBytes(StandardCharsets.UTF_8), problems);
    }

    /** The one message a refused file gets. */
    private static String refused(String yaml) {
        return refused(yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static String refused(byte[] bytes) {
        ProblemCollector problems = new ProblemCollector();
        assertTrue(read(bytes, problems).isEmpty(), "the file should be refused");
        return only(problems);
    }

    private static String only(ProblemCollector problems) {
        List<Problem> all = problems.sorted();
        assertEquals(1, all.size(), () -> "expected one problem, got " + all);
        return all.get(0).format();
    }

    private static String manyKeys(int count) {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < count; i++) {
            yaml.append('k').append(i).append(": 1\n");
        }
        return yaml.toString();
    }

    private static String nestedMappings(int depth) {
        StringBuilder yaml = new StringBuilder();
        for (int level = 1; level < depth; level++) {
            yaml.append("  ".repeat(level - 1)).append("k").append(level).append(":\n");
        }
        return yaml.append("  ".repeat(depth - 1)).append("leaf\n").toString();
    }

    @Test
    void scalarsKeepTheirSourceTextAndPosition() {
        ProblemCollector problems = new ProblemCollector();
        YamlNode.Mapping root = (YamlNode.Mapping) read("""
                code: 0801
                flag: no
                money: 73985000.40
                grouped: 73,985,000.40
                date: 2024-01-01
                """, problems).orElseThrow();
        assertTrue(problems.sorted().isEmpty());
        assertEquals("0801", ((YamlNode.Scalar) root.entries().get("code").value()).text());
        assertEquals("no", ((YamlNode.Scalar) root.entries().get("flag").value()).text());
        assertEquals("73985000.40", ((YamlNode.Scalar) root.entries().get("money").value()).text());
        assertEquals("73,985,000.40", ((YamlNode.Scalar) root.entries().get("grouped").value()).text());
        assertEquals("2024-01-01", ((YamlNode.Scalar) root.entries().get("date").value()).text());
        YamlNode.Entry money = root.entries().get("money");
        assertEquals(3, money.keyPosition().line());
        assertEquals(1, money.keyPosition().column());
        assertEquals(8, money.value().position().column());
    }

    /** Only plain {@code ~} and {@code null} (and {@code !!null}) are null; quoted or empty values are text. */
    @Test
    void nullIsWrittenPlainAndAnEmptyValueIsEmptyText() {
        ProblemCollector problems = new ProblemCollector();
        YamlNode.Mapping root = (YamlNode.Mapping) read("""
                tilde: ~
                word: null
                tagged: !!null x
                quoted: "null"
                empty:
                """, problems).orElseThrow();
        assertTrue(problems.sorted().isEmpty());
        for (String key : List.of("tilde", "word", "tagged")) {
            assertTrue(((YamlNode.Scalar) root.entries().get(key).value()).isNull(), key);
        }
        assertEquals(new YamlNode.Scalar("null", false, new org.opendisclosure.problem.SourcePosition("f.yaml", 4, 9)),
                root.entries().get("quoted").value());
        assertEquals("", ((YamlNode.Scalar) root.entries().get("empty").value()).text());
        assertTrue(!((YamlNode.Scalar) root.entries().get("empty").value()).isNull());
    }

    /** Numbers keep their text, but digits in another base must decode, as they always had to. */
    @Test
    void integerInAnotherBaseMustDecode() {
        assertEquals("f.yaml:1:12: error: YAML 语法错误：Invalid base-8 number (''), problem: For input string: \"\" under radix 8 [yaml]",
                refused("a: !!int 0_\n"));
        assertEquals("f.yaml:1:14: error: YAML 语法错误：Invalid base-16 number ('ZZ'), problem: For input string: \"ZZ\" under radix 16 [yaml]",
                refused("a: !!int 0xZZ\n"));
    }

    /** An explicitly typed value that yields no value at all is named where it stands. */
    @Test
    void typedValueWithoutDigitsIsNamedWhereItStands() {
        assertEquals("f.yaml:1:4: error: 映射没有正常结束 [yaml]", refused("a: !!int +\n"));
        assertEquals("f.yaml:1:3: error: 列表没有正常结束 [yaml]", refused("- !!int +\n"));
    }

    @Test
    void fileOverTheSizeLimitIsRefusedBeforeItIsDecoded() {
        byte[] bytes = new byte[(int) ContentLimits.DEFAULT.maxFileBytes() + 1];
        Arrays.fill(bytes, (byte) 'a');
        assertEquals("f.yaml:1:1: error: 文件过大：最多 2097152 字节，实际 2097153 字节 [yaml]", refused(bytes));
    }

    @Test
    void nestingAtTheLimitIsReadAndOneLevelMoreIsRefused() {
        assertTrue(read(nestedMappings(32), new ProblemCollector()).isPresent());
        assertEquals("f.yaml:33:65: error: 嵌套太深：最多 32 层 [yaml]", refused(nestedMappings(33)));
    }

    /** SnakeYAML slows down with the square of flow nesting: 10,000 brackets took 6 s before the screen. */
    @Test
    void bracketsNestedTenThousandDeepAreRefusedAtTheLimit() {
        assertEquals("f.yaml:33:3: error: 嵌套太深：最多 32 层 [yaml]", refused(DEEP_BRACKETS));
    }

    @Test
    void secondDocumentIsRefused() {
        assertEquals("f.yaml:3:1: error: 一个文件只能有一个 YAML 文档，这里出现了第二个（“---”之后） [yaml]",
                refused("a: 1\n---\nb: 2\n"));
    }

    @Test
    void halfAMillionDocumentsAreRefusedAtTheSecond() {
        assertEquals("f.yaml:3:1: error: 一个文件只能有一个 YAML 文档，这里出现了第二个（“---”之后） [yaml]",
                refused(MANY_DOCUMENTS));
    }

    @Test
    void aliasesAreRefusedNotReadAsText() {
        assertEquals("f.yaml:1:4: error: 不支持 YAML 锚点（&x）：请把内容直接写出来 [yaml]", refused("""
                a: &x hello
                b: *x
                """));
    }

    @Test
    void aliasWithoutAnchorIsRefused() {
        assertEquals("f.yaml:1:4: error: 不支持 YAML 别名（*x）：请把内容直接写出来 [yaml]", refused("b: *x\n"));
    }

    /** "Billion laughs": nine levels of nine aliases, a billion strings if expanded. */
    @Test
    void aliasBombIsRefusedAtTheFirstAnchor() {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            String previous = "*" + (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [")
                    .append(String.join(",", Collections.nCopies(9, previous))).append("]\n");
        }
        assertEquals("f.yaml:1:4: error: 不支持 YAML 锚点（&a）：请把内容直接写出来 [yaml]", refused(yaml.toString()));
    }

    /** Jackson's own words for these name its event classes; the editor gets these instead. */
    @Test
    void keyThatIsAListOrAMappingIsNamed() {
        assertEquals("f.yaml:1:3: error: 键只能是文字，不能是列表 [yaml]", refused("? [a, b]\n: 1\n"));
        assertEquals("f.yaml:1:5: error: 键只能是文字，不能是列表 [yaml]", refused("a: {[1]: 2}\n"));
        assertEquals("f.yaml:1:3: error: 键只能是文字，不能是映射 [yaml]", refused("? {a: 1}\n: 1\n"));
    }

    @Test
    void duplicateKeysNameBothLines() {
        ProblemCollector problems = new ProblemCollector();
        read("""
                name: a
                other: b
                name: c
                """, problems);
        assertEquals("f.yaml:3:1: error: name: 键“name”在同一层出现了两次（第一次在第 1 行） [duplicate-key]", only(problems));
    }

    @Test
    void aNestedDuplicateKeyIsNamedByItsWholePath() {
        ProblemCollector problems = new ProblemCollector();
        read("""
                indicators:
                  - level1: 产出指标
                    items:
                      - name: 热线
                        target: "≥98(%)"
                        name: 热线二
                """, problems);
        assertEquals("f.yaml:6:9: error: indicators[0].items[0].name: 键“name”在同一层出现了两次（第一次在第 4 行） [duplicate-key]",
                only(problems));
    }

    /** A refusal is the one message of its file, even where it comes after a duplicate key. */
    @Test
    void aRefusalLaterInTheFileIsTheOnlyMessage() {
        assertEquals("f.yaml:3:4: error: 不支持 YAML 别名（*x）：请把内容直接写出来 [yaml]", refused("a: 1\na: 2\nb: *x\n"));
    }

    @Test
    void aDuplicateKeyBeforeASyntaxErrorIsReportedToo() {
        ProblemCollector problems = new ProblemCollector();
        assertTrue(read("a: 1\na: 2\nb: [1,\n", problems).isEmpty());
        List<Problem> all = problems.sorted();
        assertEquals(2, all.size(), all::toString);
        assertEquals("f.yaml:2:1: error: a: 键“a”在同一层出现了两次（第一次在第 1 行） [duplicate-key]", all.get(0).format());
        assertTrue(all.get(1).format().contains("YAML 语法错误："), all.get(1).format());
    }

    @Test
    void gbkFileIsNamedWithItsLine() {
        byte[] gbk = "id: a\nname: 测试\n".getBytes(Charset.forName("GBK"));
        assertEquals("f.yaml:2:7: error: 文件不是 UTF-8 编码（此处的字节不是合法的 UTF-8，可能是 GBK/GB2312）；请用 UTF-8 另存 [yaml]",
                refused(gbk));
    }

    @Test
    void byteOrderMarkIsAccepted() {
        ProblemCollector problems = new ProblemCollector();
        byte[] body = "name: 测试\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        YamlNode.Mapping root = (YamlNode.Mapping) read(withBom, problems).orElseThrow();
        assertTrue(problems.sorted().isEmpty());
        assertEquals("测试", ((YamlNode.Scalar) root.entries().get("name").value()).text());
    }

    @Test
    void tabIndentationIsNamed() {
        assertEquals("f.yaml:2:1: error: 缩进里有制表符（Tab）；YAML 只能用空格缩进 [yaml]", refused("a:\n\tb: 1\n"));
    }

    @Test
    void tabIndentationIsFoundAfterOldMacLineBreaks() {
        assertEquals("f.yaml:2:3: error: 缩进里有制表符（Tab）；YAML 只能用空格缩进 [yaml]", refused("a:\r- \tb: 1\r"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n\n", "# only a comment\n"})
    void emptyFileIsNamed(String yaml) {
        assertEquals("f.yaml:1:1: error: 文件为空：应为一个映射（键: 值） [yaml]", refused(yaml));
    }

    /** The readers of each kind of file, not the YAML reader, know that a file must be a mapping. */
    @ParameterizedTest
    @ValueSource(strings = {"- 测试局\n- 测试中心\n", "测试局\n", "\"2024\"\n"})
    void topLevelOfTheWrongKindIsNamed(String yaml) {
        ProblemCollector problems = new ProblemCollector();
        YamlNode root = read(yaml, problems).orElseThrow();
        assertTrue(DepartmentReader.read("f.yaml", root, new StringPool(), problems).isEmpty());
        assertEquals("f.yaml:1:1: error: 应为映射（键: 值），实际是" + root.kindName() + " [type]", only(problems));
    }

    @Test
    void lineAtTheLengthLimitIsReadAndOneCharacterMoreIsRefused() {
        String atLimit = "a: " + "长".repeat(ContentLimits.DEFAULT.maxLineChars() - 3);
        assertTrue(read(atLimit + "\r\nb: 1\r\n", new ProblemCollector()).isPresent());
        assertEquals("f.yaml:2:10001: error: 这一行太长：最多 10000 个字符，实际 10001 个；长段落请用“|”写成多行 [yaml]",
                refused("b: 1\n" + atLimit + "长\n"));
    }

    /** SnakeYAML slows down with the square of a line's length: a line of two million took 11 s. */
    @Test
    void lineOfTwoMillionCharactersIsRefusedBeforeParsing() {
        assertEquals("f.yaml:1:10001: error: 这一行太长：最多 10000 个字符，实际 2000003 个；长段落请用“|”写成多行 [yaml]",
                refused(LONG_LINE));
    }

    @Test
    void valuesAtTheNodeLimitAreReadAndOneMoreIsRefused() {
        YamlTreeReader threeValues = new YamlTreeReader(new ContentLimits(1000, 32, 3, 100));
        ProblemCollector problems = new ProblemCollector();
        assertTrue(threeValues.read("f.yaml", "a: 1\nb: [2]\n".getBytes(StandardCharsets.UTF_8), problems).isEmpty(),
                "keys are not values; the mapping, the list and the numbers are four");
        assertEquals("f.yaml:2:5: error: 文件里的值太多：最多 3 个 [yaml]", only(problems));
        assertTrue(threeValues.read("f.yaml", "a: 1\nb: 2\n".getBytes(StandardCharsets.UTF_8), new ProblemCollector())
                .isPresent());
    }

    /** About 190,000 keys in just under 2 MiB: refused at the limit, before the rest is parsed. */
    @Test
    void hugeNumberOfKeysIsRefusedAtTheNodeLimit() {
        assertTrue(MANY_KEYS.length() < ContentLimits.DEFAULT.maxFileBytes());
        assertEquals("f.yaml:10000:8: error: 文件里的值太多：最多 10000 个 [yaml]", refused(MANY_KEYS));
    }

    @Test
    void syntaxErrorsCarryTheirPosition() {
        String message = refused("a: [1, 2\nb: 3\n");
        assertTrue(message.matches("f\\.yaml:\\d+:\\d+: error: YAML 语法错误：.*"), message);
    }
}
