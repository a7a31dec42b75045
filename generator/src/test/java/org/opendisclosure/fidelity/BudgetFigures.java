package org.opendisclosure.fidelity;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.opendisclosure.model.BudgetRow;
import org.opendisclosure.model.ClassificationCatalogue;
import org.opendisclosure.model.Department;
import org.opendisclosure.model.DepartmentBudget;
import org.opendisclosure.model.EconomicRow;
import org.opendisclosure.model.KeyProject;
import org.opendisclosure.model.ThreePublicCosts;

/**
 * What the content of one department budget makes of each published cell. Subtotals are summed here from the
 * typed leaf rows, independently of the generator's derive stage, so a wrong leaf shows in every total it feeds.
 */
final class BudgetFigures {

    private final DepartmentBudget budget;
    private final ClassificationCatalogue catalogue;
    private final Department department;

    BudgetFigures(DepartmentBudget budget, ClassificationCatalogue catalogue, Department department) {
        this.budget = budget;
        this.catalogue = catalogue;
        this.department = department;
    }

    BigDecimal summary(String label) {
        return switch (label) {
            case "财政拨款收入" -> sum("", row -> row.generalBudget().add(row.governmentFund()));
            case "一般公共预算资金" -> sum("", BudgetRow::generalBudget);
            case "政府性基金" -> sum("", BudgetRow::governmentFund);
            case "事业收入" -> sum("", BudgetRow::businessIncome);
            case "事业单位经营收入" -> sum("", BudgetRow::operatingIncome);
            case "其他收入" -> sum("", BudgetRow::otherIncome);
            case "收入总计", "支出总计" -> sum("", row -> row.basic().add(row.project()));
            default -> catalogue.functional().entrySet().stream()
                    .filter(entry -> entry.getKey().length() == 3 && entry.getValue().equals(label))
                    .map(entry -> sum(entry.getKey(), row -> row.basic().add(row.project())))
                    .findFirst().orElse(null);
        };
    }

    BigDecimal cell(BudgetTablesReader.Table table, String code, String column) {
        if (table == BudgetTablesReader.Table.ECONOMIC) {
            Function<EconomicRow, BigDecimal> value = switch (column) {
                case "personnel" -> EconomicRow::personnel;
                case "office" -> EconomicRow::office;
                default -> EconomicRow::total;
            };
            return budget.economicRows().stream().filter(row -> row.code().startsWith(code)).map(value)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        Function<BudgetRow, BigDecimal> value = switch (column) {
            case "total" -> row -> row.basic().add(row.project());
            case "fiscal" -> row -> row.generalBudget().add(row.governmentFund());
            case "business_income" -> BudgetRow::businessIncome;
            case "operating_income" -> BudgetRow::operatingIncome;
            case "other_income" -> BudgetRow::otherIncome;
            case "basic" -> BudgetRow::basic;
            case "project" -> BudgetRow::project;
            case "general_budget_total" -> row -> row.generalBudgetSplit().basic().add(row.generalBudgetSplit().project());
            case "general_budget_basic" -> row -> row.generalBudgetSplit().basic();
            case "general_budget_project" -> row -> row.generalBudgetSplit().project();
            case "government_fund_total" -> row -> row.governmentFundSplit().basic()
                    .add(row.governmentFundSplit().project());
            case "government_fund_basic" -> row -> row.governmentFundSplit().basic();
            case "government_fund_project" -> row -> row.governmentFundSplit().project();
            default -> throw new IllegalArgumentException(column);
        };
        return sum(code, value);
    }

    /** The name the site shows for a code in one table. */
    String shownName(BudgetTablesReader.Table table, String code) {
        if (table == BudgetTablesReader.Table.ECONOMIC) {
            return catalogue.economic().get(code);
        }
        String printed = budget.rows().stream().filter(row -> row.code().equals(code)).findFirst()
                .map(row -> row.printedName(table.namedTable)).orElse(null);
        return printed != null ? printed : catalogue.functional().get(code);
    }

    BigDecimal threePublic(String key) {
        ThreePublicCosts costs = budget.threePublic();
        if (costs == null) {
            return null;
        }
        return switch (key) {
            case "total" -> costs.publishedTotal() != null ? costs.publishedTotal() : costs.total();
            case "overseas" -> costs.overseas();
            case "reception" -> costs.reception();
            case "vehicles_subtotal" -> costs.publishedVehicles() != null ? costs.publishedVehicles()
                    : costs.vehicles();
            case "vehicle_purchase" -> costs.vehiclePurchase();
            case "vehicle_operation" -> costs.vehicleOperation();
            case "operating_costs" -> costs.operatingCosts();
            default -> throw new IllegalArgumentException(key);
        };
    }

    BigDecimal textFigure(String key) {
        var procurement = budget.procurement();
        var performance = budget.performance();
        return switch (key) {
            case "procurement.total" -> procurement == null ? null : procurement.total();
            case "procurement.goods" -> procurement == null ? null : procurement.goods();
            case "procurement.works" -> procurement == null ? null : procurement.works();
            case "procurement.services" -> procurement == null ? null : procurement.services();
            case "procurement.sme_reserved" -> procurement == null ? null : procurement.smeReserved();
            case "procurement.small_micro_reserved" -> procurement == null ? null : procurement.smallMicroReserved();
            case "performance.units" -> performance == null || performance.units() == null ? null
                    : BigDecimal.valueOf(performance.units());
            case "performance.projects" -> performance == null || performance.projects() == null ? null
                    : BigDecimal.valueOf(performance.projects());
            case "performance.funds" -> performance == null ? null : performance.funds();
            default -> throw new IllegalArgumentException(key);
        };
    }

    boolean hasUnit(String name) {
        return department != null && department.units().stream().anyMatch(unit -> unit.name().equals(name));
    }

    /** The glossary paragraph that starts with {@code start} ("（一）基本支出预算："), or null. */
    String glossaryParagraph(String start) {
        String glossary = budget.sections().getOrDefault("glossary", "");
        for (String paragraph : glossary.split("\n\\s*\n")) {
            if (paragraph.strip().startsWith(start)) {
                return paragraph.strip();
            }
        }
        return null;
    }

    String keyProjectText(String name) {
        KeyProject project = keyProject(name);
        return project == null ? "" : project.text();
    }

    List<PublishedIndicator> keyProjectRows(String name) {
        KeyProject project = keyProject(name);
        return project == null ? List.of() : IndicatorRows.of(project.indicators());
    }

    private KeyProject keyProject(String name) {
        return budget.keyProjects().stream().filter(project -> project.title().contains(name)).findFirst()
                .orElse(null);
    }

    private BigDecimal sum(String prefix, Function<BudgetRow, BigDecimal> value) {
        return budget.rows().stream().filter(row -> row.code().startsWith(prefix)).map(value)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
