package org.opendisclosure.render;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opendisclosure.address.SiteAddresses;

/** Builds the glossary page from the terms the department budgets define. */
final class GlossaryPageBuilder {

    private final Glossary glossary;
    private final PageFrames frames;

    GlossaryPageBuilder(Glossary glossary, PageFrames frames) {
        this.glossary = glossary;
        this.frames = frames;
    }

    GlossaryPage build() {
        Map<String, List<Glossary.Entry>> byTerm = new LinkedHashMap<>();
        for (Glossary.Entry entry : glossary.entries()) {
            byTerm.computeIfAbsent(entry.term(), t -> new ArrayList<>()).add(entry);
        }
        // 拼音 order by the Chinese collator, the term without quotation marks; ties by the term as written.
        Collator pinyin = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
        List<String> terms = new ArrayList<>(byTerm.keySet());
        terms.sort(Comparator.<String, String>comparing(t -> Glossary.forms(t).get(Glossary.forms(t).size() - 1),
                pinyin::compare).thenComparing(Comparator.naturalOrder()));
        List<GlossaryPage.Term> page = new ArrayList<>();
        for (String term : terms) {
            page.add(new GlossaryPage.Term(term, byTerm.get(term).stream()
                    .map(e -> new GlossaryPage.Definition(e.anchor(), e.definition(),
                            new Link(e.department() + " " + e.year() + " 年",
                                    SiteAddresses.department(e.year(), e.departmentId()) + "#section-" + Glossary.SECTION)))
                    .toList()));
        }
        PageFrame frame = frames.frame(SiteAddresses.GLOSSARY, "名词解释", "各部门预算文件“名词解释”中的 " + terms.size()
                + " 个名词及其解释：" + String.join("、", terms.stream().limit(8).toList())
                + (terms.size() > 8 ? " 等" : "") + "。", List.of(PageFrames.HOME));
        return new GlossaryPage(frame, terms.size(), page);
    }
}
