package org.opendisclosure.serve;

import java.util.List;

import org.opendisclosure.markup.Xml;
import org.opendisclosure.problem.Problem;

/**
 * The page the preview shows instead of the site while the content has errors: every problem,
 * escaped, in the same words as the build log. Built without the site's templates, which may be
 * what is broken.
 */
final class ProblemPage {

    private ProblemPage() {
    }

    static String html(Build build, String reloadScript) {
        StringBuilder items = new StringBuilder();
        for (Problem problem : build.problems()) {
            items.append("<li class=\"").append(problem.severity().name().toLowerCase(java.util.Locale.ROOT))
                    .append("\"><code>").append(Xml.escape(problem.format())).append("</code></li>\n");
        }
        List<Problem> errors = build.problems().stream().filter(Problem::isError).toList();
        return """
                <!DOCTYPE html>
                <html lang="zh-CN">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>内容有错误 — 预览</title>
                <style>
                body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1a1a1a; }
                h1 { color: #a00000; font-size: 1.5rem; }
                ol { padding-left: 1.5rem; }
                li { margin: .6rem 0; line-height: 1.5; }
                code { white-space: pre-wrap; word-break: break-all; font-size: .95rem; }
                li.warning code { color: #6b4e00; }
                li.note code { color: #444; }
                </style>
                </head>
                <body>
                <main>
                <h1>内容有 %d 个错误，站点没有重新生成</h1>
                <p>改正下面的问题并保存文件，本页会自动刷新。问题的格式：文件:行:列: 级别: 键路径（名称）: 说明 [检查代码]。</p>
                <ol>
                %s</ol>
                <p>第 %d 次生成，用时 %d ms。</p>
                </main>
                %s
                </body>
                </html>
                """.formatted(errors.size(), items, build.number(), build.millis(), reloadScript);
    }
}
