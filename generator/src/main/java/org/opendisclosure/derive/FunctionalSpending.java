package org.opendisclosure.derive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.opendisclosure.model.ClassificationCode;
import org.opendisclosure.model.Project;

/**
 * Who spends on each functional code in one year: every department budget's roll-up and every
 * project that carries the code, gathered by 类, 款 and 项. Feeds the functional-code pages and
 * the year's overview. Immutable.
 */
public final class FunctionalSpending {

    /** A department's amounts under one code. */
    public record Share(DepartmentYear department, FunctionalAmounts amounts) {
    }

    private final int year;
    private final List<DepartmentYear> budgets;
    private final List<Project> projects;
    private final TreeSet<String> codes = new TreeSet<>();
    private final Map<String, FunctionalAmounts> byCode = new TreeMap<>();
    private final FunctionalAmounts total;

    public FunctionalSpending(int year, List<DepartmentYear> budgets, List<Project> projects) {
        this.year = year;
        this.budgets = List.copyOf(budgets);
        this.projects = projects.stream().filter(p -> p.functionalCode() != null).toList();
        FunctionalAmounts sum = FunctionalAmounts.ZERO;
        for (DepartmentYear budget : budgets) {
            for (String code : budget.functional().codes()) {
                byCode.merge(code, budget.functional().at(code), FunctionalAmounts::plus);
            }
            sum = sum.plus(budget.functional().total());
        }
        this.total = sum;
        codes.addAll(byCode.keySet());
        for (Project project : this.projects) {
            codes.addAll(ClassificationCode.lineage(project.functionalCode()));
        }
    }

    public int year() {
        return year;
    }

    /** Every code with department spending or a project below it, in code order. */
    public List<String> codes() {
        return List.copyOf(codes);
    }

    public List<String> codes(int length) {
        return codes.stream().filter(c -> c.length() == length).toList();
    }

    /** The direct children of a code that have spending or projects. */
    public List<String> children(String code) {
        return codes.stream().filter(c -> code.equals(ClassificationCode.parent(c))).toList();
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
        List<Share> shares = new ArrayList<>();
        for (DepartmentYear budget : budgets) {
            FunctionalAmounts amounts = budget.functional().at(code);
            if (amounts != null && amounts.expenditure().signum() != 0) {
                shares.add(new Share(budget, amounts));
            }
        }
        shares.sort(Comparator.comparing((Share s) -> s.amounts().expenditure()).reversed()
                .thenComparing(s -> s.department().department().id()));
        return shares;
    }

    /** Projects whose code is this one or below it, in the site's project order. */
    public List<Project> projects(String code) {
        return projects.stream().filter(p -> p.functionalCode().startsWith(code)).sorted(SiteIndex.PROJECT_ORDER)
                .toList();
    }

    /** Whether a page can be built for the code: it has spending or projects this year. */
    public boolean has(String code) {
        return codes.contains(code);
    }

}
