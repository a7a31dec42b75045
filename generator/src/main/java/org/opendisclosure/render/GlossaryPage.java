package org.opendisclosure.render;

import java.util.List;

/**
 * 名词解释: every term the department budgets define, in 拼音 order, each with its definitions and the
 * department and year each comes from. Department pages link their terms to the entries here.
 *
 * @param termCount  the number of distinct terms
 * @param terms      the terms, in 拼音 order
 */
public record GlossaryPage(PageFrame page, int termCount, List<Term> terms) implements Page {

    public GlossaryPage {
        terms = List.copyOf(terms);
    }

    /** A term and its definitions (one per department-year that defines it). */
    public record Term(String term, List<Definition> definitions) {
        public Term {
            definitions = List.copyOf(definitions);
        }
    }

    /**
     * @param anchor the entry's id, which department pages link to
     * @param text   the definition
     * @param source the department page's 名词解释 it comes from ({@code 上海市人力资源和社会保障局 2019 年})
     */
    public record Definition(String anchor, String text, Link source) {
    }

    @Override
    public String template() {
        return "glossary.ftlh";
    }

    @Override
    public List<DownloadableTable> downloadableTables() {
        return List.of();
    }
}
