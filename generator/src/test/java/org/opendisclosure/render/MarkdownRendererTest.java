package org.opendisclosure.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer(2);

    @Test
    void rendersListsAndParagraphsOfThePublishedProse() {
        assertEquals("<p>主要职能包括：</p>\n<ul>\n<li>（一）贯彻执行。</li>\n<li>（二）拟订规划。</li>\n</ul>\n",
                markdown.toHtml("主要职能包括：\n\n- （一）贯彻执行。\n- （二）拟订规划。\n"));
    }

    @Test
    void rawHtmlIsEscapedNotPassedThrough() {
        assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;</p>\n",
                markdown.toHtml("<script>alert(1)</script> <img src=x onerror=alert(1)>"));
        assertEquals("<p>&lt;div onclick=&quot;x()&quot;&gt;块&lt;/div&gt;</p>\n",
                markdown.toHtml("<div onclick=\"x()\">块</div>"));
    }

    @Test
    void onlyHttpHttpsMailtoAndRelativeUrlsSurvive() {
        assertEquals("<p><a rel=\"nofollow\" href=\"\">点我</a></p>\n", markdown.toHtml("[点我](javascript:alert(1))"));
        assertEquals("<p>图</p>\n", markdown.toHtml("![图](data:image/svg+xml;base64,PHN2Zz4=)"));
        assertEquals("<p><a rel=\"nofollow\" href=\"https://www.shanghai.gov.cn/\">链接</a> "
                + "<a rel=\"nofollow\" href=\"mailto:a@b.cn\">邮件</a> "
                + "<a rel=\"nofollow\" href=\"../2019/index.html\">相对</a></p>\n",
                markdown.toHtml("[链接](https://www.shanghai.gov.cn/) [邮件](mailto:a@b.cn) [相对](../2019/index.html)"));
    }

    @Test
    void headingsSitBelowThePagesOwnSections() {
        assertEquals("<h3>一、项目概述</h3>\n", markdown.toHtml("# 一、项目概述"));
        assertEquals("<h6>深</h6>\n", markdown.toHtml("###### 深"));
    }

    /** The check refuses them; should one get through (the preview of a broken file), it is still never loaded. */
    @Test
    void anImageFromElsewhereIsShownAsItsDescription() {
        assertEquals("<p>徽标 <em>粗</em> 和 <img src=\"../assets/a.png\" alt=\"本站\" /></p>\n",
                markdown.toHtml("![徽标 *粗*](https://tracker.example.com/a.png) 和 ![本站](../assets/a.png)"));
        assertEquals("<p>甲 乙 丙</p>\n",
                markdown.toHtml("![甲](//evil.example/x.png) ![乙](javascript:alert(1)) ![丙]( HTTPS://x.example/)"));
    }
}
