package org.opendisclosure.diff;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything that changed between two states of the content, each list in report order (newest
 * year first, then department, then file order).
 *
 * @param base       what the older side is ({@code main}, a commit id, a directory)
 * @param head       what the newer side is
 * @param records    projects and budgets added, removed, renamed, moved
 * @param amounts    figures changed
 * @param totals     totals changed (year, department, 类, 款)
 * @param indicators indicators added, removed, re-targeted, re-grouped
 * @param prose      prose changed
 * @param checks     what the checks say differently
 */
public record ContentDiff(String base, String head, List<RecordChange> records, List<AmountChange> amounts,
        List<TotalChange> totals, List<IndicatorChange> indicators, List<ProseChange> prose, CheckChanges checks) {

    public ContentDiff {
        records = List.copyOf(records);
        amounts = List.copyOf(amounts);
        totals = List.copyOf(totals);
        indicators = List.copyOf(indicators);
        prose = List.copyOf(prose);
    }

    /**
     * What the changes touched, as {@link RecordKeys} names it: each project and budget changed,
     * and the year of each.
     */
    public Set<String> touched() {
        Set<String> keys = new TreeSet<>();
        records.forEach(r -> keys.add(r.record().equals("项目") ? RecordKeys.project(r.place().year(), r.id())
                : RecordKeys.budget(r.place().year(), r.id())));
        amounts.forEach(a -> keys.add(a.record()));
        totals.forEach(t -> keys.add(t.amount().record()));
        indicators.forEach(i -> keys.add(RecordKeys.project(i.place().year(), i.projectId())));
        prose.forEach(p -> keys.add(p.record()));
        Set<String> years = new TreeSet<>();
        keys.forEach(k -> years.add(RecordKeys.year(Integer.parseInt(k.split("/")[1]))));
        keys.addAll(years);
        return keys;
    }

    /** Whether the two sides publish the same thing and the checks say the same. */
    public boolean isEmpty() {
        return records.isEmpty() && amounts.isEmpty() && totals.isEmpty() && indicators.isEmpty() && prose.isEmpty()
                && checks.isEmpty();
    }
}
