package org.opendisclosure.render;

import java.util.List;

/**
 * The glossary terms to link in one piece of prose ({@link MarkdownRenderer#toHtml(String, GlossaryLinks)}):
 * each form of each term with the address of its entry on the glossary page, relative to the page
 * the prose is on. The first occurrence of a term in the prose is linked, the longest form winning
 * where forms overlap (“三公”经费 before 经费).
 *
 * @param forms    every form of every term
 * @param defining whether the prose is the 名词解释 itself, where a term's first occurrence is its
 *                 defining instance ({@code <dfn>})
 */
public record GlossaryLinks(List<Form> forms, boolean defining) {

    /** No terms: prose is rendered as it is. */
    public static final GlossaryLinks NONE = new GlossaryLinks(List.of(), false);

    public GlossaryLinks {
        forms = List.copyOf(forms);
    }

    /**
     * One way a term is written.
     *
     * @param text  the text to find ({@code “三公”经费} or {@code 三公经费})
     * @param href  the term's entry, relative to the page; also what identifies the term, so that its
     *              other forms are not linked again
     * @param title the term's definition, shown when pointing at the link
     */
    public record Form(String text, String href, String title) {
    }
}
