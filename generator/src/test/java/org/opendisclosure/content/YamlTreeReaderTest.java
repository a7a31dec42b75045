package org.opendisclosure.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.opendisclosure.problem.Problem;
import org.opendisclosure.problem.ProblemCollector;

/** Reading raw YAML: positions, exact scalars, and what is refused. */
class YamlTreeReaderTest {

    private final YamlTreeReader reader = new YamlTreeReader(ContentLimits.DEFAULT);

    private Optional<YamlNode> read(String yaml, ProblemCollector problems) {
        return reader.read("f.yaml", yaml.getBytes(StandardCharsets.UTF_8), problems);
    }

    private static String only(ProblemCollector problems) {
        List<Problem> all = problems.sorted();
        assertEquals(1, all.size(), () -> "expected one problem, got " + all);
        return all.get(0).format();
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

    @Test
    void aliasesAreRefusedNotReadAsText() {
        ProblemCollector problems = new ProblemCollector();
        assertTrue(read("""
                a: &x hello
                b: *x
                """, problems).isEmpty());
        assertTrue(problems.sorted().get(0).format().startsWith("f.yaml:1:4: error:"), problems.sorted().toString());
        assertTrue(problems.sorted().get(0).message().contains("锚点"));
    }

    @Test
    void aliasWithoutAnchorIsRefused() {
        ProblemCollector problems = new ProblemCollector();
        assertTrue(read("b: *x\n", problems).isEmpty());
        assertTrue(problems.hasErrors());
    }

    @Test
    void aliasBombIsRefusedQuickly() {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            char p = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*")
                    .append(p).append(",*").append(p).append(",*").append(p).append("]\n");
        }
        ProblemCollector problems = new ProblemCollector();
        assertTrue(read(yaml.toString(), problems).isEmpty());
        assertTrue(problems.hasErrors());
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
    void secondDocumentIsRefused() {
        ProblemCollector problems = new ProblemCollector();
        assertTrue(read("a: 1\n---\nb: 2\n", problems).isEmpty());
        assertTrue(only(problems).contains("只能有一个 YAML 文档"));
    }

    @Test
    void gbkFileIsNamedWithItsLine() {
        ProblemCollector problems = new ProblemCollector();
        byte[] gbk = "id: a\nname: 测试\n".getBytes(Charset.forName("GBK"));
        assertTrue(reader.read("f.yaml", gbk, problems).isEmpty());
        String message = only(problems);
        assertTrue(message.startsWith("f.yaml:2:7: error:"), message);
        assertTrue(message.contains("不是 UTF-8"), message);
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
        assertTrue(reader.read("f.yaml", withBom, problems).isPresent());
        assertTrue(problems.sorted().isEmpty());
    }

    @Test
    void tabIndentationIsNamed() {
        ProblemCollector problems = new ProblemCollector();
        assertTrue(read("a:\n\tb: 1\n", problems).isEmpty());
        assertEquals("f.yaml:2:1: error: 缩进里有制表符（Tab）；YAML 只能用空格缩进 [yaml]", only(problems));
    }

    @Test
    void emptyFileIsNamed() {
        ProblemCollector problems = new ProblemCollector();
        assertTrue(read("# only a comment\n", problems).isEmpty());
        assertTrue(only(problems).contains("文件为空"));
    }

    @Test
    void tooLargeAndTooDeepAreRefused() {
        YamlTreeReader small = new YamlTreeReader(new ContentLimits(10, 3, 100));
        ProblemCollector problems = new ProblemCollector();
        assertTrue(small.read("f.yaml", "name: 12345678901\n".getBytes(StandardCharsets.UTF_8), problems).isEmpty());
        assertTrue(only(problems).contains("文件过大"));

        YamlTreeReader shallow = new YamlTreeReader(new ContentLimits(1000, 2, 100));
        ProblemCollector deep = new ProblemCollector();
        assertTrue(shallow.read("f.yaml", "a:\n  b:\n    c: 1\n".getBytes(StandardCharsets.UTF_8), deep).isEmpty());
        assertTrue(only(deep).contains("嵌套太深"));
    }

    @Test
    void syntaxErrorsCarryTheirPosition() {
        ProblemCollector problems = new ProblemCollector();
        assertTrue(read("a: [1, 2\nb: 3\n", problems).isEmpty());
        String message = only(problems);
        assertTrue(message.matches("f\\.yaml:\\d+:\\d+: error: YAML 语法错误：.*"), message);
    }
}
