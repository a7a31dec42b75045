package org.opendisclosure.derive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.opendisclosure.model.DepartmentBudget;
import org.opendisclosure.model.DisclosureRule;
import org.opendisclosure.model.DisclosureRules;
import org.opendisclosure.model.KeyProject;
import org.opendisclosure.model.Project;
import org.opendisclosure.model.PublishedTable;
import org.opendisclosure.model.TableStatus;
import org.opendisclosure.model.ThreePublicCosts;

/**
 * 公开完整性: how completely a department's budget of one year is published, against that year's rules
 * ({@link DisclosureRules}, data). For each table the rules name, what the editor states of it; for each other item,
 * what the budget holds and whether that meets the rule. Derived once per department and year by {@link SiteModel};
 * the department page shows it as a checklist and the year page as one row per department.
 *
 * @param rules       the year's rules
 * @param budgetHeld  whether the site holds the department's budget of the year; without it nothing can be checked
 *                    and {@code tables} and {@code items} are empty
 * @param tables      per table the rules name, its status
 * @param items       per other item of the rules, what was found
 */
public record Completeness(DisclosureRules rules, boolean budgetHeld, List<TableFinding> tables,
        List<ItemFinding> items) {

    public Completeness {
        tables = List.copyOf(tables);
        items = List.copyOf(items);
    }

    /** Whether an item meets its rule. */
    public enum Outcome {
        /** 符合. */
        MET,
        /** 部分符合: the figures are published, the explanation the rule asks for is not found (or the reverse). */
        PARTLY,
        /** 不符合: not published, or below the rule's share. */
        NOT_MET
    }

    /** A table the rules ask for, and what the budget file states of it. */
    public record TableFinding(PublishedTable table, TableStatus status) {
    }

    /**
     * What was found for one item.
     *
     * @param rule      the rule
     * @param outcome   whether it is met
     * @param figures   whether the figures (or, for 名词解释, the text) are published
     * @param explained whether 其他相关情况说明 contains the rule's phrase; null when the rule asks for none
     * @param published for 绩效目标: how many of the department's projects of the year have published targets on
     *                  this site (its project forms and its budget's 重点项目说明); null otherwise
     * @param declared  for 绩效目标: how many projects set targets, as the budget states (编报绩效目标的项目); null
     *                  when not stated or for other items
     * @param share     for 绩效目标: {@code published / declared} in percent; null without both
     */
    public record ItemFinding(DisclosureRule rule, Outcome outcome, boolean figures, Boolean explained,
            Integer published, Integer declared, BigDecimal share) {
    }

    /** Tables the document published (with or without figures). */
    public long publishedTables() {
        return tables.stream().filter(t -> t.status().isPublished()).count();
    }

    /** Items that meet their rule. */
    public long metItems() {
        return items.stream().filter(i -> i.outcome() == Outcome.MET).count();
    }

    /**
     * The completeness of {@code department}'s budget of the year ({@code budget}, empty when the site holds none)
     * against {@code rules}; {@code projects} are the department's projects of the year.
     */
    public static Completeness of(DisclosureRules rules, Optional<DepartmentBudget> budget, List<Project> projects) {
        if (budget.isEmpty()) {
            return new Completeness(rules, false, List.of(), List.of());
        }
        DepartmentBudget b = budget.get();
        List<TableFinding> tables = rules.tables().stream().map(t -> new TableFinding(t, b.status(t))).toList();
        List<ItemFinding> items = new ArrayList<>();
        for (DisclosureRule rule : rules.items()) {
            items.add(switch (rule.check()) {
                case THREE_PUBLIC -> explained(rule, b, threePublicSplit(b.threePublic()));
                case OPERATING_COSTS -> explained(rule, b, b.threePublic() != null
                        && b.threePublic().operatingCosts() != null);
                case PROCUREMENT -> explained(rule, b, b.procurement() != null && b.procurement().total() != null);
                case GLOSSARY -> explained(rule, b, !b.sections().getOrDefault("glossary", "").isBlank());
                case PERFORMANCE_TARGETS -> performance(rule, b, projects);
            });
        }
        return new Completeness(rules, true, tables, items);
    }

    /** “三公”经费 split into its parts: 因公出国(境)费, 公务接待费, and 公务用车购置费 and 运行费. */
    private static boolean threePublicSplit(ThreePublicCosts costs) {
        return costs != null && costs.overseas() != null && costs.reception() != null
                && costs.vehiclePurchase() != null && costs.vehicleOperation() != null;
    }

    private static ItemFinding explained(DisclosureRule rule, DepartmentBudget budget, boolean figures) {
        Boolean explained = rule.phrase() == null ? null
                : budget.sections().getOrDefault("other", "").contains(rule.phrase());
        Outcome outcome = figures && !Boolean.FALSE.equals(explained) ? Outcome.MET
                : figures || Boolean.TRUE.equals(explained) ? Outcome.PARTLY : Outcome.NOT_MET;
        return new ItemFinding(rule, outcome, figures, explained, null, null, null);
    }

    private static ItemFinding performance(DisclosureRule rule, DepartmentBudget budget, List<Project> projects) {
        Set<String> withTargets = new HashSet<>();
        for (Project project : projects) {
            if (!project.indicators().isEmpty()) {
                withTargets.add(project.id());
            }
        }
        for (KeyProject key : budget.keyProjects()) {
            if (!key.indicators().isEmpty()) {
                withTargets.add(key.projectId());
            }
        }
        int published = withTargets.size();
        Integer declared = budget.performance() == null ? null : budget.performance().projects();
        BigDecimal share = declared == null ? null
                : Shares.percent(BigDecimal.valueOf(published), BigDecimal.valueOf(declared)).orElse(null);
        Outcome outcome;
        if (published == 0) {
            outcome = Outcome.NOT_MET;
        } else if (rule.minimumShare() == null) {
            outcome = Outcome.MET;
        } else if (share == null) {
            outcome = Outcome.PARTLY;
        } else {
            outcome = share.compareTo(rule.minimumShare()) >= 0 ? Outcome.MET : Outcome.NOT_MET;
        }
        return new ItemFinding(rule, outcome, published > 0, null, published, declared, share);
    }
}
