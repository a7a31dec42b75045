package org.opendisclosure.diff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.opendisclosure.derive.BudgetRollup;
import org.opendisclosure.derive.CodeRollup;
import org.opendisclosure.derive.FunctionalAmounts;
import org.opendisclosure.model.DepartmentBudget;

/**
 * 支出合计 before and after: of each year, each department in it, and each 类 (3 digits) and 款
 * (5 digits) across the year's departments, all from the derive stage's roll-ups of each side.
 */
final class Totals {

    private Totals() {
    }

    /** The totals of one side: by year, by year and department, by year and code. */
    private static final class Sums {
        final Map<Integer, BigDecimal> years = new TreeMap<>();
        final Map<String, BigDecimal> departments = new TreeMap<>();
        final Map<Integer, Map<String, BigDecimal>> codes = new TreeMap<>();

        Sums(DiffSide side) {
            for (DepartmentBudget budget : side.content().budgets()) {
                BudgetRollup rollup = side.rollups().of(budget);
                CodeRollup<FunctionalAmounts> functional = rollup.functional();
                BigDecimal total = functional.total().expenditure();
                years.merge(budget.year(), total, BigDecimal::add);
                departments.merge(budget.year() + "/" + budget.departmentId(), total, BigDecimal::add);
                Map<String, BigDecimal> byCode = codes.computeIfAbsent(budget.year(), y -> new TreeMap<>());
                for (int length : new int[] {3, 5}) {
                    for (String code : functional.codes(length)) {
                        byCode.merge(code, functional.at(code).expenditure(), BigDecimal::add);
                    }
                }
            }
        }
    }

    static List<TotalChange> compare(DiffSide base, DiffSide head, ContentDiffer.Names names, boolean wholeSides) {
        Sums before = new Sums(base);
        Sums after = new Sums(head);
        List<TotalChange> changes = new ArrayList<>();
        var years = new TreeSet<Integer>(Comparator.reverseOrder());
        years.addAll(before.years.keySet());
        years.addAll(after.years.keySet());
        for (int year : years) {
            if (wholeSides) {
                add(changes, TotalChange.Level.YEAR, new Place(year, "", ""), RecordKeys.year(year), year + " 年支出合计",
                        before.years.get(year), after.years.get(year));
            }
            var departmentKeys = ContentDiffer.union(keysOf(before.departments, year), keysOf(after.departments, year));
            for (String key : new TreeSet<>(departmentKeys)) {
                String departmentId = key.substring(key.indexOf('/') + 1);
                Place place = names.place(year, departmentId);
                add(changes, TotalChange.Level.DEPARTMENT, place, RecordKeys.budget(year, departmentId),
                        place.departmentName(),
                        before.departments.get(key), after.departments.get(key));
            }
            if (wholeSides) {
                Map<String, BigDecimal> codesBefore = before.codes.getOrDefault(year, Map.of());
                Map<String, BigDecimal> codesAfter = after.codes.getOrDefault(year, Map.of());
                for (String code : new TreeSet<>(ContentDiffer.union(codesBefore.keySet(),
                        codesAfter.keySet()))) {
                    add(changes, code.length() == 3 ? TotalChange.Level.CLASS : TotalChange.Level.SECTION,
                            new Place(year, "", ""), RecordKeys.year(year), (code + " " + names.functional(code)).strip(),
                            codesBefore.get(code), codesAfter.get(code));
                }
            }
        }
        return changes;
    }

    private static Set<String> keysOf(Map<String, BigDecimal> departments, int year) {
        var keys = new TreeSet<String>();
        departments.keySet().stream().filter(k -> k.startsWith(year + "/")).forEach(keys::add);
        return keys;
    }

    private static void add(List<TotalChange> changes, TotalChange.Level level, Place place, String record,
            String subject, BigDecimal before, BigDecimal after) {
        if (before == null && after == null || before != null && after != null && before.compareTo(after) == 0) {
            return;
        }
        changes.add(new TotalChange(level, new AmountChange(place, record, subject, "支出合计", before, after)));
    }
}
