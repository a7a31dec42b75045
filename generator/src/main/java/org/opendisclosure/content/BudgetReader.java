package org.opendisclosure.content;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opendisclosure.model.BudgetRow;
import org.opendisclosure.model.BudgetSection;
import org.opendisclosure.model.ClassificationCode;
import org.opendisclosure.model.DepartmentBudget;
import org.opendisclosure.model.EconomicRow;
import org.opendisclosure.model.KeyProject;
import org.opendisclosure.model.PerformanceSummary;
import org.opendisclosure.model.Procurement;
import org.opendisclosure.model.PublishedTable;
import org.opendisclosure.model.PublishedTotal;
import org.opendisclosure.model.SpendingSplit;
import org.opendisclosure.model.TableStatus;
import org.opendisclosure.model.ThreePublicCosts;
import org.opendisclosure.problem.ProblemCodes;
import org.opendisclosure.problem.ProblemCollector;

/** Reads one department budget file ({@code budgets/<year>/<department>.yaml}, 部门预算). */
final class BudgetReader {

    static final List<String> KEYS = List.of("department", "year", "catalogue", "title", "sections", "functional",
            "economic", "three_public", "procurement", "performance", "key_projects", "published_totals", "cells",
            "source", "editor_notes", "acknowledged", "tables");
    static final List<String> ROW_KEYS = List.of("code", "name", "general_budget", "government_fund",
            "business_income", "operating_income", "other_income", "basic", "project", "general_budget_spending",
            "government_fund_spending", "printed_names", "cells");
    /** The keys of general_budget_spending and government_fund_spending on a row. */
    static final List<String> SPENDING_SPLIT_KEYS = List.of("basic", "project");
    static final List<String> ECONOMIC_ROW_KEYS = List.of("code", "name", "personnel", "office", "cells");
    static final List<String> THREE_PUBLIC_KEYS = List.of("overseas", "reception", "vehicle_purchase",
            "vehicle_operation", "vehicles_subtotal", "total", "operating_costs");
    static final List<String> PROCUREMENT_KEYS = List.of("total", "goods", "works", "services", "sme_reserved",
            "small_micro_reserved");
    static final List<String> PERFORMANCE_KEYS = List.of("units", "projects", "funds");
    static final List<String> KEY_PROJECT_KEYS = List.of("project", "title", "text", "indicators");
    static final List<String> PUBLISHED_TOTALS_KEYS = List.of("income_total", "expenditure_total", "functional",
            "economic");
    /** The columns of one published_totals.functional line (total or a 类/款 code). */
    static final List<String> FUNCTIONAL_COLUMNS = List.of("total", "basic", "project");
    /** The columns of one published_totals.economic line (total or a 类 code). */
    static final List<String> ECONOMIC_COLUMNS = List.of("total", "personnel", "office");

    private BudgetReader() {
    }

    static Optional<DepartmentBudget> read(String file, YamlNode root, StringPool strings,
            ProblemCollector problems) {
        Optional<MappingReader> top = MappingReader.of(root, "", FieldLabels.BUDGET, strings, problems);
        if (top.isEmpty()) {
            return Optional.empty();
        }
        MappingReader r = top.get();
        String department = r.id("department", true).orElse(null);
        Integer year = r.year("year", true).orElse(null);
        Integer catalogue = r.year("catalogue", false).orElse(year);
        String title = r.text("title", true).orElse(null);
        Map<String, String> sections = new LinkedHashMap<>();
        r.mapping("sections", false).ifPresent(s -> {
            for (String key : BudgetSection.keys()) {
                s.text(key, false).ifPresent(text -> sections.put(key, text));
            }
            s.rejectUnknown(BudgetSection.keys());
        });
        List<BudgetRow> rows = r.eachMapping("functional", false, BudgetReader::row);
        List<EconomicRow> economic = r.eachMapping("economic", false, e -> {
            EconomicRow row = new EconomicRow(code(e, ClassificationCode.SECTION), e.text("name", false).orElse(null),
                    amount(e, "personnel"), amount(e, "office"), e.path(), cells(e, ECONOMIC_AMOUNT_KEYS));
            e.rejectUnknown(ECONOMIC_ROW_KEYS);
            return row;
        });
        ThreePublicCosts threePublic = r.mapping("three_public", false).map(BudgetReader::threePublic).orElse(null);
        Procurement procurement = r.mapping("procurement", false).map(p -> {
            Procurement value = new Procurement(p.money("total", false).orElse(null),
                    p.money("goods", false).orElse(null), p.money("works", false).orElse(null),
                    p.money("services", false).orElse(null), p.money("sme_reserved", false).orElse(null),
                    p.money("small_micro_reserved", false).orElse(null));
            p.rejectUnknown(PROCUREMENT_KEYS);
            return value;
        }).orElse(null);
        PerformanceSummary performance = r.mapping("performance", false).map(p -> {
            PerformanceSummary value = new PerformanceSummary(p.count("units", false).orElse(null),
                    p.count("projects", false).orElse(null), p.money("funds", false).orElse(null));
            p.rejectUnknown(PERFORMANCE_KEYS);
            return value;
        }).orElse(null);
        List<KeyProject> keyProjects = r.eachMapping("key_projects", false, k -> {
            KeyProject project = new KeyProject(k.id("project", true).orElse(null), k.text("title", true).orElse(null),
                    k.text("text", false).orElse(""), ProjectReader.indicators(k), k.path());
            k.rejectUnknown(KEY_PROJECT_KEYS);
            return project;
        });
        List<PublishedTotal> published = r.mapping("published_totals", false).map(BudgetReader::publishedTotals)
                .orElse(List.of());
        var source = r.mapping("source", false).map(ProjectReader::source).orElse(null);
        List<String> editorNotes = r.texts("editor_notes");
        var acknowledgements = ProjectReader.acknowledgements(r);
        Map<PublishedTable, TableStatus> tables = r.mapping("tables", false).map(BudgetReader::tableStatuses)
                .orElse(Map.of());
        Map<String, String> cells = figureCells(r);
        r.rejectUnknown(KEYS);
        if (department == null || year == null) {
            return Optional.empty();
        }
        return Optional.of(new DepartmentBudget(department, year, catalogue == null ? year : catalogue, title,
                sections, rows, economic, threePublic, procurement, performance, keyProjects, published, source,
                editorNotes, acknowledgements, tables, cells, SourceMaps.of(file, root, strings)));
    }

    /** 公开情况: the eight tables whose publication the editor states, each one of {@link TableStatus#keys()}. */
    private static Map<PublishedTable, TableStatus> tableStatuses(MappingReader tables) {
        Map<PublishedTable, TableStatus> statuses = new java.util.EnumMap<>(PublishedTable.class);
        for (PublishedTable table : PublishedTable.values()) {
            tables.oneOf(table.key(), false, TableStatus.keys(), ProblemCodes.ALLOWED_VALUE)
                    .flatMap(TableStatus::byKey).ifPresent(status -> statuses.put(table, status));
        }
        tables.rejectUnknown(PublishedTable.keys());
        return statuses;
    }

    private static BudgetRow row(MappingReader row) {
        BudgetRow result = new BudgetRow(code(row, ClassificationCode.ITEM), row.text("name", false).orElse(null),
                amount(row, "general_budget"), amount(row, "government_fund"), amount(row, "business_income"),
                amount(row, "operating_income"), amount(row, "other_income"), amount(row, "basic"),
                amount(row, "project"), split(row, "general_budget_spending"),
                split(row, "government_fund_spending"), printedNames(row), row.path(), cells(row, ROW_AMOUNT_KEYS));
        row.rejectUnknown(ROW_KEYS);
        return result;
    }

    /** 原表印出的科目名称: the name a published table prints, by table, where it is not the catalogue's. */
    private static Map<String, String> printedNames(MappingReader row) {
        return row.mapping("printed_names", false).map(names -> {
            Map<String, String> printed = new LinkedHashMap<>();
            for (String table : BudgetRow.NAMED_TABLES) {
                names.text(table, false).ifPresent(name -> printed.put(table, name));
            }
            names.rejectUnknown(BudgetRow.NAMED_TABLES);
            return printed;
        }).orElse(Map.of());
    }

    /** The amounts a row's {@code cells} may trace. */
    static final List<String> ROW_AMOUNT_KEYS = List.of("general_budget", "government_fund", "business_income",
            "operating_income", "other_income", "basic", "project");
    static final List<String> ECONOMIC_AMOUNT_KEYS = List.of("personnel", "office");

    /**
     * The top-level {@code cells} of a file (optional): key path of a figure → the workbook cell it was
     * imported from ({@code three_public.overseas: "三公!B7"}, {@code funding.annual_total: "申报表!D13"}).
     */
    static Map<String, String> figureCells(MappingReader r) {
        return r.mapping("cells", false).map(c -> {
            Map<String, String> cells = new LinkedHashMap<>();
            for (String key : c.keys()) {
                c.cell(key, false).ifPresent(cell -> cells.put(key, cell));
            }
            return cells;
        }).orElse(Map.of());
    }

    /** {@code cells}: the workbook cell each amount of the row was imported from (optional). */
    private static Map<String, String> cells(MappingReader row, List<String> amountKeys) {
        return row.mapping("cells", false).map(c -> {
            Map<String, String> cells = new LinkedHashMap<>();
            for (String key : amountKeys) {
                c.cell(key, false).ifPresent(cell -> cells.put(key, cell));
            }
            c.rejectUnknown(amountKeys);
            return cells;
        }).orElse(Map.of());
    }

    private static SpendingSplit split(MappingReader row, String key) {
        return row.mapping(key, false).map(s -> {
            SpendingSplit split = new SpendingSplit(amount(s, "basic"), amount(s, "project"), s.path());
            s.rejectUnknown(SPENDING_SPLIT_KEYS);
            return split;
        }).orElse(null);
    }

    /** A code of the given length (7 for 项, 5 for an economic 款); null after reporting anything else. */
    private static String code(MappingReader r, int length) {
        return r.text("code", true).map(String::strip).filter(code -> {
            if (code.length() == length && code.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return true;
            }
            r.problems().error(ProblemCodes.TYPE, r.valuePosition("code"), r.pathOf("code"),
                    r.labels().of(r.pathOf("code")),
                    "应为 " + length + " 位数字的" + (length == ClassificationCode.ITEM ? "项级功能分类科目编码，如 2080101"
                            : "款级经济分类科目编码，如 30101")
                            + "；实际是“" + Abbreviation.of(code) + "”"
                            + (code.length() < length && code.chars().allMatch(c -> c >= '0' && c <= '9')
                                    ? "（类、款的金额由项汇总得出，不要单独填写）" : ""));
            return false;
        }).orElse(null);
    }

    /** A blank cell is zero, as on the published tables. */
    private static BigDecimal amount(MappingReader r, String key) {
        return r.money(key, false).orElse(BigDecimal.ZERO);
    }

    private static ThreePublicCosts threePublic(MappingReader t) {
        ThreePublicCosts costs = new ThreePublicCosts(amount(t, "overseas"), amount(t, "reception"),
                amount(t, "vehicle_purchase"), amount(t, "vehicle_operation"), t.money("total", false).orElse(null),
                t.money("vehicles_subtotal", false).orElse(null), t.money("operating_costs", false).orElse(null));
        t.rejectUnknown(THREE_PUBLIC_KEYS);
        return costs;
    }

    private static List<PublishedTotal> publishedTotals(MappingReader p) {
        List<PublishedTotal> totals = new ArrayList<>();
        p.money("income_total", false)
                .ifPresent(v -> totals.add(new PublishedTotal("income", "", "total", v, p.pathOf("income_total"))));
        p.money("expenditure_total", false).ifPresent(
                v -> totals.add(new PublishedTotal("expenditure", "", "total", v, p.pathOf("expenditure_total"))));
        byCode(p, "functional", new int[] {ClassificationCode.CLASS, ClassificationCode.SECTION}, FUNCTIONAL_COLUMNS,
                totals);
        byCode(p, "economic", new int[] {ClassificationCode.CLASS}, ECONOMIC_COLUMNS, totals);
        p.rejectUnknown(PUBLISHED_TOTALS_KEYS);
        return totals;
    }

    private static void byCode(MappingReader p, String table, int[] lengths, List<String> columns,
            List<PublishedTotal> totals) {
        p.mapping(table, false).ifPresent(m -> {
            for (YamlNode.Entry entry : m.entries()) {
                String code = entry.key();
                boolean grand = code.equals("total");
                boolean wellFormed = code.chars().allMatch(c -> c >= '0' && c <= '9')
                        && java.util.Arrays.stream(lengths).anyMatch(n -> n == code.length());
                if (!grand && !wellFormed) {
                    p.problems().error(ProblemCodes.TYPE, entry.keyPosition(), m.pathOf(code), "",
                            "应为 total（合计）或" + (lengths.length > 1 ? "类、款" : "类") + "科目编码；实际是“"
                                    + Abbreviation.of(code) + "”");
                    continue;
                }
                MappingReader.of(entry.value(), m.pathOf(code), p.labels(), p.strings(), p.problems()).ifPresent(c -> {
                    for (String column : columns) {
                        c.money(column, false).ifPresent(v -> totals.add(
                                new PublishedTotal(table, grand ? "" : code, column, v, c.pathOf(column))));
                    }
                    c.rejectUnknown(columns);
                });
            }
        });
    }
}
