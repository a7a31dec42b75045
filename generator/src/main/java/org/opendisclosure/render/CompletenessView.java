package org.opendisclosure.render;

import java.util.List;

/**
 * 公开完整性 on a department's page: a checklist of what the year's rules ask a department budget to publish, each
 * item with its result in words (已公布, 未公布, 符合, 不符合 …) so that nothing is told by colour alone.
 *
 * @param summary a sentence: how many tables are published and how many items meet their rule, or why nothing can
 *                be checked
 * @param basis   the rules' name and the regulations they follow, or empty when there are no rules
 * @param tables  one item per table the rules name
 * @param items   one item per other thing the rules ask for
 */
public record CompletenessView(String summary, String basis, List<Item> tables, List<Item> items) {

    public CompletenessView {
        tables = List.copyOf(tables);
        items = List.copyOf(items);
    }

    /**
     * One line of the checklist.
     *
     * @param label   what is checked
     * @param verdict the result in words
     * @param detail  what was found, or empty
     * @param href    where on the department page it stands (site-root relative), or null
     * @param style   {@code met}, {@code partly} or {@code not-met}, for the mark beside the words
     */
    public record Item(String label, String verdict, String detail, String href, String style) {
    }

    /** Whether there is a checklist (the year has rules and the site holds the budget). */
    public boolean hasChecklist() {
        return !tables.isEmpty() || !items.isEmpty();
    }
}
