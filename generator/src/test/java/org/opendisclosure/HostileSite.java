package org.opendisclosure;

import java.nio.file.Path;
import java.util.List;

/**
 * A fixture site whose every free-text field carries script-injection vectors, in the spirit of
 * the OWASP XSS filter-evasion cheat sheet: site title and description, department, unit and
 * catalogue names, budget title, prose (Markdown) and glossary, editor notes, source title,
 * project names, goals, indicators, remarks and acknowledged reasons. Every vector calls
 * {@code alert('vN')} (or {@code alert('mN')} in Markdown) should it ever run.
 *
 * <p>Shared by {@link HostileContentTest}, which parses every page, and
 * {@code browser.HostileContentBrowserTest}, which opens every page in a browser.
 */
public final class HostileSite {

    /** One vector per line; each becomes (part of) a text field. */
    public static final List<String> VECTORS = List.of(
            "<script>alert('v1')</script>",
            "\"><img src=x onerror=alert('v2')>",
            "'><svg onload=alert('v3')>",
            "javascript:alert('v4')",
            "<a href=\"javascript:alert('v5')\">点我</a>",
            "<iframe src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgndjYnKTwvc2NyaXB0Pg==\"></iframe>",
            "&lt;script&gt;alert('v7')&lt;/script&gt;",
            "<scr<script>ipt>alert('v8')</scr</script>ipt>",
            "<body onload=alert('v9')>",
            "${'v10'?upper_case} #{1+1} <#assign x=1> [#-- v10 --]",
            "<IMG SRC=JaVaScRiPt:alert('v11')>",
            "<div style=\"background:url(javascript:alert('v12'))\">v12</div>",
            "<object data=\"javascript:alert('v13')\"></object><embed src=x>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert('v14')>",
            "]]><script>alert('v15')</script><![CDATA[",
            "<!--<script>alert('v16')--></script>");

    /** Markdown-specific tricks for the prose sections. */
    public static final String HOSTILE_MARKDOWN = """
            [点我](javascript:alert('m1')) [大写](JAVASCRIPT:alert('m2')) [空格]( javascript:alert('m3'))

            ![图" onerror="alert('m4')](a.png "\" onerror=alert('m4b') x=\"") ![<img src=x onerror=alert('m4c')>](./b.png)

            <script>alert('m5')</script>

            <a href="javascript:alert('m6')">原样 HTML</a> <img src=x onerror=alert('m7')>

            <javascript:alert('m8')> [引用][r] [vb](vbscript:msgbox('m9')) [实体](&#106;avascript:alert('m10'))

            [r]: javascript:alert('m11')
            """;

    private HostileSite() {
    }

    /**
     * Writes the hostile content under {@code root} ({@code content/…}) and returns the fixture,
     * not yet generated; its pages go to {@link FixtureSite#output()}.
     */
    public static FixtureSite in(Path root) {
        return FixtureSite.in(root)
                .file("content/site.yaml", "title: " + block(0) + "description: " + block(1))
                .file("content/departments/dept.yaml", FixtureSite.DEPARTMENT
                        .replace("name: 测试局\n", "name: " + block(2))
                        .replace("name: 测试中心\n", "name: " + block(3, 6))
                        .replace("name: 测试局本部\n", "name: " + block(4, 6)))
                .file("content/catalogues/2019.yaml", FixtureSite.CATALOGUE
                        .replace("\"2011001\": 行政运行", "\"2011001\": " + quoted(5))
                        .replace("\"208\": 社会保障和就业支出", "\"208\": " + quoted(2))
                        .replace("\"20801\": 人力资源和社会保障管理事务", "\"20801\": " + quoted(6))
                        .replace("\"30101\": 基本工资", "\"30101\": " + quoted(7)))
                .file("content/budgets/2019/dept.yaml", FixtureSite.BUDGET
                        .replace("title: 测试局2019年部门预算\n", "title: " + block(8))
                        .replace("name: 行政运行\n", "name: " + quoted(5) + "\n")
                        .replace("""
                                  functions: |
                                    主要职能包括：

                                    - 测试。
                                """, "  functions: |\n" + indent(HOSTILE_MARKDOWN, 4)
                                + "  glossary: |\n" + indent(String.join("\n\n", VECTORS), 4))
                        + "editor_notes:\n  - " + block(9, 6) + "source:\n  title: " + block(10, 4)
                        + "  url: https://example.org/budget?a=1&b='2'\n")
                .file("content/projects/2024/p2024.yaml", FixtureSite.PROJECT_2024
                        .replace("name: 热线项目\n", "name: " + block(11))
                        .replace("annual: 保障热线全年正常运行。\n", "annual: " + block(12, 4))
                        .replace("name: 坐席人员数\n", "name: " + block(13, 14))
                        .replace("target: 及时\n", "target: " + block(14, 14))
                        + "remarks: " + block(15) + "editor_notes:\n  - " + block(0, 4))
                .file("content/projects/2019/p2019.yaml",
                        FixtureSite.project2019WithAcknowledgedGap(String.join(" ", VECTORS.subList(0, 4))
                                .replace("'", "''").replace("\"", "'"))
                                .replace("name: 培训项目\n", "name: " + block(1))
                                .replace("name: 师资进修\n", "name: " + block(2, 6))
                                .replace("第一段。", VECTORS.get(3) + " " + VECTORS.get(4)));
    }

    /** A literal block scalar holding vector {@code i}, for a key at column 0. */
    private static String block(int i) {
        return block(i, 2);
    }

    /** A literal block scalar holding vector {@code i}, its line indented by {@code indent}. */
    private static String block(int i, int indent) {
        return "|-\n" + " ".repeat(indent) + "名称" + i + " " + VECTORS.get(i % VECTORS.size()) + "\n";
    }

    /** A double-quoted scalar holding vector {@code i}. */
    private static String quoted(int i) {
        return "\"名称" + i + " " + VECTORS.get(i % VECTORS.size()).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String indent(String text, int spaces) {
        return text.lines().map(l -> l.isEmpty() ? "" : " ".repeat(spaces) + l).reduce("", (a, b) -> a + b + "\n");
    }
}
