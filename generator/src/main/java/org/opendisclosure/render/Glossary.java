package org.opendisclosure.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.opendisclosure.address.SiteAddresses;
import org.opendisclosure.derive.DepartmentYear;
import org.opendisclosure.derive.SiteModel;
import org.opendisclosure.derive.YearInSite;

/**
 * The site's glossary: the terms each department budget defines in its 名词解释 section, read once
 * per build from the section's paragraphs. A paragraph defines a term when it reads "term：definition",
 * optionally numbered as the documents number them ({@code （三）“三公”经费：是与…}, {@code 1. 机关运行经费：…}):
 * the term is at most 24 characters without sentence punctuation. Department pages link the terms
 * where their text uses them; the glossary page gathers them all.
 */
public final class Glossary {

    /** The section of a department budget that holds its glossary. */
    static final String SECTION = "glossary";

    private static final int LONGEST_TERM = 24;
    private static final Pattern DEFINITION = Pattern.compile(
            "^\\s*(?:[（(][一二三四五六七八九十百0-9]+[）)]|[一二三四五六七八九十]+[、.．]|[0-9]+[、.．])?\\s*"
                    + "([^\\s：:，,。；;（(][^：:，,。；;\\n]{0," + (LONGEST_TERM - 1) + "})\\s*[：:]\\s*(\\S[\\s\\S]*)$");
    private static final Pattern QUOTES = Pattern.compile("[“”‘’\"'「」『』]");

    /**
     * One term as one department-year defines it.
     *
     * @param term         the term as written ({@code “三公”经费})
     * @param forms        the ways the text may write it: as written and without quotation marks
     * @param definition   the definition's text
     * @param year         the budget year
     * @param departmentId the department that defines it
     * @param department   the department's name
     * @param anchor       the entry's id on the glossary page ({@code g-2019-shrss-3})
     */
    public record Entry(String term, List<String> forms, String definition, int year, String departmentId,
            String department, String anchor) {
        public Entry {
            forms = List.copyOf(forms);
        }
    }

    private final List<Entry> entries;
    private final Map<String, List<Entry>> byDepartmentYear;

    private Glossary(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        Map<String, List<Entry>> grouped = new LinkedHashMap<>();
        for (Entry entry : entries) {
            grouped.computeIfAbsent(entry.year() + "/" + entry.departmentId(), k -> new ArrayList<>()).add(entry);
        }
        this.byDepartmentYear = grouped;
    }

    /** Reads the glossary of every department budget of the site. */
    public static Glossary of(SiteModel site) {
        Parser parser = Parser.builder().build();
        List<Entry> entries = new ArrayList<>();
        for (YearInSite year : site.years()) {
            for (DepartmentYear budget : year.budgets()) {
                String markdown = budget.budget().sections().get(SECTION);
                if (markdown == null) {
                    continue;
                }
                int n = 0;
                for (String paragraph : paragraphs(parser, markdown)) {
                    Matcher definition = DEFINITION.matcher(paragraph);
                    if (definition.matches()) {
                        String term = definition.group(1).strip();
                        n++;
                        entries.add(new Entry(term, forms(term), definition.group(2).strip(), budget.year(),
                                budget.department().id(), budget.department().name(),
                                "g-" + budget.year() + "-" + budget.department().id() + "-" + n));
                    }
                }
            }
        }
        return new Glossary(entries);
    }

    /** Every term of the site, in the order the departments define them, year by year. */
    public List<Entry> entries() {
        return entries;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The terms a department defines in a year's budget. */
    public List<Entry> of(int year, String departmentId) {
        return byDepartmentYear.getOrDefault(year + "/" + departmentId, List.of());
    }

    /**
     * The department's terms to link in prose on the page at {@code pagePath}; {@code defining} in its
     * 名词解释 itself.
     */
    GlossaryLinks links(String pagePath, int year, String departmentId, boolean defining) {
        List<GlossaryLinks.Form> forms = new ArrayList<>();
        String glossary = SiteAddresses.rootFrom(pagePath) + SiteAddresses.GLOSSARY;
        for (Entry entry : of(year, departmentId)) {
            for (String form : entry.forms()) {
                forms.add(new GlossaryLinks.Form(form, glossary + "#" + entry.anchor(), entry.definition()));
            }
        }
        return forms.isEmpty() ? GlossaryLinks.NONE : new GlossaryLinks(forms, defining);
    }

    /** A term as written and, if it has quotation marks, without them: “三公”经费 and 三公经费. */
    static List<String> forms(String term) {
        String bare = QUOTES.matcher(term).replaceAll("");
        return bare.equals(term) || bare.length() < 2 ? List.of(term) : List.of(term, bare);
    }

    /** The text of each paragraph, as the reader sees it (emphasis and code without their marks). */
    private static List<String> paragraphs(Parser parser, String markdown) {
        List<String> paragraphs = new ArrayList<>();
        parser.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                StringBuilder text = new StringBuilder();
                paragraph.accept(new AbstractVisitor() {
                    @Override
                    public void visit(Text t) {
                        text.append(t.getLiteral());
                    }

                    @Override
                    public void visit(Code code) {
                        text.append(code.getLiteral());
                    }

                    @Override
                    public void visit(SoftLineBreak softLineBreak) {
                        text.append('\n');
                    }

                    @Override
                    public void visit(HardLineBreak hardLineBreak) {
                        text.append('\n');
                    }
                });
                paragraphs.add(text.toString());
            }
        });
        return paragraphs;
    }
}
