package org.opendisclosure.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Glossary terms linked in Markdown prose: on the parsed text, never in markup; the first occurrence
 * per piece of prose; the longest term where terms overlap; content's text and the definitions escaped.
 */
class GlossaryLinksInProseTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer(2);

    private static final GlossaryLinks TERMS = new GlossaryLinks(List.of(
            new GlossaryLinks.Form("经费", "../../glossary.html#g-1", "钱"),
            new GlossaryLinks.Form("三公经费", "../../glossary.html#g-2", "出国、接待和公车"),
            new GlossaryLinks.Form("“三公”经费", "../../glossary.html#g-2", "出国、接待和公车")), false);

    @Test
    void theFirstOccurrenceOfEachTermIsLinkedAndTheLongestTermWins() {
        assertEquals("<p>2019年<a class=\"term\" href=\"../../glossary.html#g-2\" title=\"出国、接待和公车\">三公经费</a>"
                + "下降，<a class=\"term\" href=\"../../glossary.html#g-1\" title=\"钱\">经费</a>总额和三公经费、“三公”经费都在下面。</p>\n",
                markdown.toHtml("2019年三公经费下降，经费总额和三公经费、“三公”经费都在下面。", TERMS));
    }

    @Test
    void aTermInsideALongerOneAlreadyLinkedIsNotLinkedOnItsOwn() {
        assertEquals("<p><a class=\"term\" href=\"../../glossary.html#g-2\" title=\"出国、接待和公车\">“三公”经费</a>"
                + "，即三公经费。</p>\n", markdown.toHtml("“三公”经费，即三公经费。", TERMS));
    }

    @Test
    void termsAreFoundInEmphasisAndListsButNotInLinksCodeOrHeadings() {
        assertEquals("<h3>三公经费</h3>\n<p><a rel=\"nofollow\" href=\"https://x.example/\">三公经费</a> <code>经费</code></p>\n"
                + "<ul>\n<li><strong>说明<a class=\"term\" href=\"../../glossary.html#g-2\" title=\"出国、接待和公车\">三公经费</a>"
                + "</strong></li>\n</ul>\n",
                markdown.toHtml("# 三公经费\n\n[三公经费](https://x.example/) `经费`\n\n- **说明三公经费**\n", TERMS));
    }

    @Test
    void inTheGlossaryItselfTheFirstOccurrenceIsTheDefiningInstance() {
        GlossaryLinks defining = new GlossaryLinks(TERMS.forms(), true);
        assertEquals("<p>（一）<dfn><a class=\"term\" href=\"../../glossary.html#g-1\" title=\"钱\">经费</a></dfn>：钱。</p>\n",
                markdown.toHtml("（一）经费：钱。", defining));
    }

    @Test
    void contentTextAndDefinitionsStayEscaped() {
        GlossaryLinks hostile = new GlossaryLinks(List.of(new GlossaryLinks.Form("<经费>", "../glossary.html#g-1",
                "\"><script>alert(1)</script>")), false);
        assertEquals("<p>&lt;i&gt;甲<a class=\"term\" href=\"../glossary.html#g-1\" "
                + "title=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\">&lt;经费&gt;</a></p>\n",
                markdown.toHtml("<i>甲<经费>", hostile));
    }

    @Test
    void withoutTermsProseIsRenderedAsBefore() {
        assertEquals(markdown.toHtml("三公经费"), markdown.toHtml("三公经费", GlossaryLinks.NONE));
    }
}
