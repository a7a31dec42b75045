package org.opendisclosure.diff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.opendisclosure.model.BudgetRow;
import org.opendisclosure.model.Content;
import org.opendisclosure.model.Department;
import org.opendisclosure.model.DepartmentBudget;
import org.opendisclosure.model.EconomicRow;
import org.opendisclosure.model.Project;
import org.opendisclosure.model.ThreePublicCosts;

/**
 * Compares two sides of the content by id and returns what changed. Stateless and thread-safe.
 *
 * <pre>{@code
 * ContentDiff diff = new ContentDiffer().compare(base, head);
 * }</pre>
 */
public final class ContentDiffer {

    /**
     * Compares everything; totals of whole years and of 类 and 款 only when {@code wholeSides} —
     * a side made of only the files a commit changed has the right department totals but not the
     * right year totals.
     */
    public ContentDiff compare(DiffSide base, DiffSide head, boolean wholeSides) {
        Names names = new Names(head.content(), base.content());
        Changes changes = new Changes();
        compareProjects(base.content(), head.content(), names, changes);
        compareBudgets(base.content(), head.content(), names, changes);
        List<TotalChange> totals = Totals.compare(base, head, names, wholeSides);
        changes.records.sort(Comparator.comparing(RecordChange::place, Place.ORDER));
        changes.amounts.sort(Comparator.comparing(AmountChange::place, Place.ORDER));
        changes.indicators.sort(Comparator.comparing(IndicatorChange::place, Place.ORDER));
        changes.prose.sort(Comparator.comparing(ProseChange::place, Place.ORDER));
        CheckChanges checks = base.report() == null || head.report() == null ? CheckChanges.NONE
                : CheckComparison.compare(base.report(), head.report());
        return new ContentDiff(base.label(), head.label(), changes.records, changes.amounts, totals,
                changes.indicators, changes.prose, checks);
    }

    /** Compares two whole sides. */
    public ContentDiff compare(DiffSide base, DiffSide head) {
        return compare(base, head, true);
    }

    /** The changes found so far, in the order found (each list is sorted stably by place at the end). */
    private static final class Changes {
        final List<RecordChange> records = new ArrayList<>();
        final List<AmountChange> amounts = new ArrayList<>();
        final List<IndicatorChange> indicators = new ArrayList<>();
        final List<ProseChange> prose = new ArrayList<>();
    }

    private static void compareProjects(Content base, Content head, Names names, Changes changes) {
        Map<String, Project> before = byKey(base.projects(), p -> p.year() + "/" + p.id());
        Map<String, Project> after = byKey(head.projects(), p -> p.year() + "/" + p.id());
        for (String key : union(before.keySet(), after.keySet())) {
            Project old = before.get(key);
            Project now = after.get(key);
            Project either = now != null ? now : old;
            Place place = names.place(either.year(), either.departmentId());
            String subject = "项目「" + either.name() + "」";
            String record = RecordKeys.project(either.year(), either.id());
            if (old == null) {
                long indicators = now.indicators().stream().flatMap(g -> g.subgroups().stream())
                        .mapToLong(g -> g.indicators().size()).sum();
                changes.records.add(new RecordChange(place, "项目", now.id(), now.name(), RecordChange.Kind.ADDED, "",
                        names.unit(now.unitId()) + "；绩效指标 " + indicators + " 个"));
                amount(changes, place, record, subject, "年度资金", null, now.funding().annualTotal());
                continue;
            }
            if (now == null) {
                changes.records.add(new RecordChange(place, "项目", old.id(), old.name(), RecordChange.Kind.REMOVED,
                        names.unit(old.unitId()), ""));
                amount(changes, place, record, subject, "年度资金", old.funding().annualTotal(), null);
                continue;
            }
            if (!Objects.equals(old.name(), now.name())) {
                changes.records.add(new RecordChange(place, "项目", now.id(), now.name(), RecordChange.Kind.RENAMED,
                        old.name(), now.name()));
            }
            if (!Objects.equals(old.unitId(), now.unitId()) || !Objects.equals(old.departmentId(), now.departmentId())) {
                changes.records.add(new RecordChange(place, "项目", now.id(), now.name(), RecordChange.Kind.MOVED,
                        names.unit(old.unitId()), names.unit(now.unitId())));
            }
            if (!pathOf(old.file()).equals(pathOf(now.file()))) {
                changes.records.add(new RecordChange(place, "项目", now.id(), now.name(), RecordChange.Kind.FILE_MOVED,
                        pathOf(old.file()), pathOf(now.file())));
            }
            Fields.funding(old.funding(), now.funding(),
                    (field, a, b) -> amount(changes, place, record, subject, field, a, b));
            Map<String, BigDecimal> subBefore = new LinkedHashMap<>();
            old.subprojects().forEach(s -> subBefore.put(s.name(), s.amount()));
            Map<String, BigDecimal> subAfter = new LinkedHashMap<>();
            now.subprojects().forEach(s -> subAfter.put(s.name(), s.amount()));
            for (String name : union(subBefore.keySet(), subAfter.keySet())) {
                amount(changes, place, record, subject, "子项目「" + name + "」", subBefore.get(name), subAfter.get(name));
            }
            IndicatorComparison.compare(place, now, old.indicators(), now.indicators(), changes.indicators);
            Fields.prose(old, now, (field, a, b) -> prose(changes, place, record, subject, field, a, b));
        }
    }

    private static void compareBudgets(Content base, Content head, Names names, Changes changes) {
        Map<String, DepartmentBudget> before = byKey(base.budgets(), b -> b.year() + "/" + b.departmentId());
        Map<String, DepartmentBudget> after = byKey(head.budgets(), b -> b.year() + "/" + b.departmentId());
        for (String key : union(before.keySet(), after.keySet())) {
            DepartmentBudget old = before.get(key);
            DepartmentBudget now = after.get(key);
            DepartmentBudget either = now != null ? now : old;
            Place place = names.place(either.year(), either.departmentId());
            String record = RecordKeys.budget(either.year(), either.departmentId());
            String title = either.title() == null ? place.departmentName() + "部门预算" : either.title();
            if (old == null || now == null) {
                changes.records.add(new RecordChange(place, "部门预算", either.departmentId(), title,
                        old == null ? RecordChange.Kind.ADDED : RecordChange.Kind.REMOVED, "", ""));
                continue;
            }
            if (!pathOf(old.file()).equals(pathOf(now.file()))) {
                changes.records.add(new RecordChange(place, "部门预算", now.departmentId(), title,
                        RecordChange.Kind.FILE_MOVED, pathOf(old.file()), pathOf(now.file())));
            }
            Map<String, BudgetRow> rowsBefore = byKey(old.rows(), BudgetRow::code);
            Map<String, BudgetRow> rowsAfter = byKey(now.rows(), BudgetRow::code);
            for (String code : union(rowsBefore.keySet(), rowsAfter.keySet())) {
                BudgetRow a = rowsBefore.get(code);
                BudgetRow b = rowsAfter.get(code);
                String name = names.functional(code, b != null ? b : a);
                Fields.row(a, b, (field, x, y) -> amount(changes, place, record, code + " " + name, field, x, y));
            }
            Map<String, EconomicRow> economicBefore = byKey(old.economicRows(), EconomicRow::code);
            Map<String, EconomicRow> economicAfter = byKey(now.economicRows(), EconomicRow::code);
            for (String code : union(economicBefore.keySet(), economicAfter.keySet())) {
                EconomicRow a = economicBefore.get(code);
                EconomicRow b = economicAfter.get(code);
                String name = Objects.requireNonNullElse((b != null ? b : a).name(), "");
                String subject = "经济分类 " + code + " " + name;
                amount(changes, place, record, subject.strip(), "人员经费", a == null ? null : a.personnel(),
                        b == null ? null : b.personnel());
                amount(changes, place, record, subject.strip(), "公用经费", a == null ? null : a.office(),
                        b == null ? null : b.office());
            }
            ThreePublicCosts a = old.threePublic();
            ThreePublicCosts b = now.threePublic();
            Fields.threePublic(a, b, (field, x, y) -> amount(changes, place, record, "“三公”经费", field, x, y));
            for (String section : union(old.sections().keySet(), now.sections().keySet())) {
                prose(changes, place, record, title, Fields.sectionLabel(section), old.sections().get(section),
                        now.sections().get(section));
            }
        }
    }

    private static void amount(Changes changes, Place place, String record, String subject, String field, BigDecimal before,
            BigDecimal after) {
        if (before == null && after == null || before != null && after != null && before.compareTo(after) == 0) {
            return;
        }
        changes.amounts.add(new AmountChange(place, record, subject, field, before, after));
    }

    private static void prose(Changes changes, Place place, String record, String subject, String field, String before,
            String after) {
        if (Objects.equals(before, after)) {
            return;
        }
        var sentences = TextDiff.changedSentences(before, after);
        if (!sentences.isEmpty()) {
            changes.prose.add(new ProseChange(place, record, subject, field, sentences));
        }
    }

    /** A file's path without the revision a snapshot names it by ({@code 3f2a91c:content/a.yaml}). */
    static String pathOf(String file) {
        int colon = file.indexOf(':');
        return colon < 0 || file.indexOf('/') < colon ? file : file.substring(colon + 1);
    }

    static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        Map<String, T> map = new TreeMap<>();
        for (T item : items) {
            map.putIfAbsent(key.apply(item), item);
        }
        return map;
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    /** Department, unit and code names, from the newer side first. */
    static final class Names {
        private final Map<String, Department> departments = new TreeMap<>();
        private final Map<String, String> units = new TreeMap<>();
        private final Map<String, String> functional = new TreeMap<>();

        Names(Content newer, Content older) {
            for (Content content : List.of(older, newer)) {
                content.departments().forEach(d -> {
                    departments.put(d.id(), d);
                    d.units().forEach(u -> units.put(u.id(), u.name()));
                });
                content.catalogues().forEach(c -> functional.putAll(c.functional()));
            }
        }

        Place place(int year, String departmentId) {
            Department department = departments.get(departmentId);
            String id = departmentId == null ? "" : departmentId;
            return new Place(year, id, department == null ? id : department.name());
        }

        String unit(String unitId) {
            return unitId == null ? "" : units.getOrDefault(unitId, unitId);
        }

        String functional(String code, BudgetRow row) {
            if (row != null && row.name() != null) {
                return row.name();
            }
            return functional.getOrDefault(code, "");
        }

        String functional(String code) {
            return functional.getOrDefault(code, "");
        }
    }
}
