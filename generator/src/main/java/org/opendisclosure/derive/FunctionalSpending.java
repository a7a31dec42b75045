package org.opendisclosure.derive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.opendisclosure.model.ClassificationCode;
import org.opendisclosure.model.Project;

/**
 * Who spends on each functional code in one year: every department budget's roll-up and every
 * project that carries the code, gathered by 类, 款 and 项. Built once per year by {@link SiteModel}
 * with maps, so that each question costs what its answer holds; feeds the functional-code pages,
 * the year's overview and the search. Immutable.
 */
public final class FunctionalSpending {

    /** A department's amounts under one code. */
    public record Share(DepartmentYear department, FunctionalAmounts amounts) {
    }

    private final int year;
    private final List<String> codes;
    private final Map<String, FunctionalAmounts> byCode = new TreeMap<>();
    private final Map<String, List<String>> children = new TreeMap<>();
    private final Map<String, List<Share>> departments = new TreeMap<>();
    private final Map<String, List<Project>> projects = new HashMap<>();
    private final FunctionalAmounts total;

    /**
     * @param budgets  the year's department budgets
     * @param projects the year's projects, in the site's project order
     */
    public FunctionalSpending(int year, List<DepartmentYear> budgets, List<Project> projects) {
        this.year = year;
        FunctionalAmounts sum = FunctionalAmounts.ZERO;
        for (DepartmentYear budget : budgets) {
            for (String code : budget.functional().codes()) {
                FunctionalAmounts amounts = budget.functional().at(code);
                byCode.merge(code, amounts, FunctionalAmounts::plus);
                if (amounts.expenditure().signum() != 0) {
                    departments.computeIfAbsent(code, c -> new ArrayList<>()).add(new Share(budget, amounts));
                }
            }
            sum = sum.plus(budget.functional().total());
        }
        this.total = sum;
        // A city's year has thousands of projects on a few hundred codes: each code's lineage is
        // worked out once.
        Map<String, List<String>> lineages = new HashMap<>();
        for (Project project : projects) {
            if (project.functionalCode() != null) {
                for (String code : lineages.computeIfAbsent(project.functionalCode(), ClassificationCode::lineage)) {
                    this.projects.computeIfAbsent(code, c -> new ArrayList<>()).add(project);
                }
            }
        }
        TreeSet<String> all = new TreeSet<>(byCode.keySet());
        all.addAll(this.projects.keySet());
        this.codes = List.copyOf(all);
        for (String code : codes) {
            String parent = ClassificationCode.parent(code);
            if (parent != null) {
                children.computeIfAbsent(parent, c -> new ArrayList<>()).add(code);
            }
        }
        departments.values().forEach(list -> list.sort(Comparator.comparing((Share s) -> s.amounts().expenditure())
                .reversed().thenComparing(s -> s.department().department().id())));
    }

    public int year() {
        return year;
    }

    /** Every code with department spending or a project below it, in code order. */
    public List<String> codes() {
        return codes;
    }

    public List<String> codes(int length) {
        return codes.stream().filter(c -> c.length() == length).toList();
    }

    /** The direct children of a code that have spending or projects, in code order. */
    public List<String> children(String code) {
        return List.copyOf(children.getOrDefault(code, List.of()));
    }

    /** For a 类 its 款 and their 项; for a 款 its 项: every code below, in code order. */
    public List<String> descendants(String code) {
        List<String> below = new ArrayList<>();
        for (String child : children.getOrDefault(code, List.of())) {
            below.add(child);
            below.addAll(descendants(child));
        }
        return below;
    }

    /** Budget amounts under a code, summed over departments; zero when only projects carry it. */
    public FunctionalAmounts at(String code) {
        return byCode.getOrDefault(code, FunctionalAmounts.ZERO);
    }

    /** 支出总计 of all department budgets of the year. */
    public FunctionalAmounts total() {
        return total;
    }

    /** Departments spending under a code, largest first, then by id. */
    public List<Share> departments(String code) {
        return List.copyOf(departments.getOrDefault(code, List.of()));
    }

    /** Projects whose code is this one or below it, in the site's project order. */
    public List<Project> projects(String code) {
        return List.copyOf(projects.getOrDefault(code, List.of()));
    }

    /** Whether a page can be built for the code: it has spending or projects this year. */
    public boolean has(String code) {
        return byCode.containsKey(code) || projects.containsKey(code);
    }
}
