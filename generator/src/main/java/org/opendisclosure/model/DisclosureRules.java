package org.opendisclosure.model;

import java.util.List;

/**
 * 公开内容清单: what a department budget of one year must publish, from a rule file ({@code rules/<year>.yaml}).
 * Data, not code: a year's rules are edited like any content.
 *
 * @param year      the budget year they apply to
 * @param title     the list's name
 * @param basis     the regulations it follows, as readers should see them cited
 * @param tables    the tables to publish, in the documents' order
 * @param items     the other items, in order
 * @param sourceMap where each key stands
 */
public record DisclosureRules(int year, String title, String basis, List<PublishedTable> tables,
        List<DisclosureRule> items, SourceMap sourceMap) {

    public DisclosureRules {
        tables = List.copyOf(tables);
        items = List.copyOf(items);
    }

    public String file() {
        return sourceMap.file();
    }
}
