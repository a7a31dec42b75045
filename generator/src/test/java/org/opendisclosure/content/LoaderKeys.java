package org.opendisclosure.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opendisclosure.model.BudgetSection;
import org.opendisclosure.model.ProjectForm;

/**
 * The keys the content readers accept, by key path, read from the readers' own lists: what the
 * JSON Schemas are held to. A path names a mapping: {@code ""} is the top of the file,
 * {@code units[]} each unit, {@code published_totals.functional.*} each line keyed by a code.
 * Mappings keyed by data (codes) have no entry of their own.
 */
public final class LoaderKeys {

    private LoaderKeys() {
    }

    public static Map<String, List<String>> site() {
        return Map.of("", SiteSettingsReader.KEYS);
    }

    public static Map<String, List<String>> department() {
        return Map.of("", DepartmentReader.KEYS, "units[]", DepartmentReader.UNIT_KEYS);
    }

    public static Map<String, List<String>> catalogue() {
        return Map.of("", CatalogueReader.KEYS);
    }

    public static Map<String, List<String>> rules() {
        return Map.of("", RulesReader.KEYS, "items[]", RulesReader.ITEM_KEYS);
    }

    public static Map<String, List<String>> project(ProjectForm form) {
        boolean is2019 = form == ProjectForm.FORM_2019;
        Map<String, List<String>> keys = new LinkedHashMap<>();
        List<String> top = new ArrayList<>(ProjectReader.COMMON_KEYS);
        top.addAll(is2019 ? ProjectReader.KEYS_2019 : ProjectReader.KEYS_2024);
        keys.put("", top);
        keys.put("period", ProjectReader.PERIOD_KEYS);
        if (is2019) {
            keys.put("contact", ProjectReader.CONTACT_KEYS);
            keys.put("subprojects[]", ProjectReader.SUBPROJECT_KEYS);
        }
        keys.put("funding", is2019 ? ProjectReader.FUNDING_2019 : ProjectReader.FUNDING_2024);
        keys.put("goals", ProjectReader.GOALS_KEYS);
        keys.putAll(indicatorTable("indicators"));
        keys.putAll(documentKeys());
        return keys;
    }

    public static Map<String, List<String>> budget() {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        keys.put("", BudgetReader.KEYS);
        keys.put("sections", BudgetSection.keys());
        keys.put("functional[]", BudgetReader.ROW_KEYS);
        keys.put("functional[].general_budget_spending", BudgetReader.SPENDING_SPLIT_KEYS);
        keys.put("functional[].government_fund_spending", BudgetReader.SPENDING_SPLIT_KEYS);
        keys.put("functional[].printed_names", org.opendisclosure.model.BudgetRow.NAMED_TABLES);
        keys.put("functional[].cells", BudgetReader.ROW_AMOUNT_KEYS);
        keys.put("economic[]", BudgetReader.ECONOMIC_ROW_KEYS);
        keys.put("economic[].cells", BudgetReader.ECONOMIC_AMOUNT_KEYS);
        keys.put("three_public", BudgetReader.THREE_PUBLIC_KEYS);
        keys.put("procurement", BudgetReader.PROCUREMENT_KEYS);
        keys.put("performance", BudgetReader.PERFORMANCE_KEYS);
        keys.put("key_projects[]", BudgetReader.KEY_PROJECT_KEYS);
        keys.putAll(indicatorTable("key_projects[].indicators"));
        keys.put("published_totals", BudgetReader.PUBLISHED_TOTALS_KEYS);
        keys.put("published_totals.functional.*", BudgetReader.FUNCTIONAL_COLUMNS);
        keys.put("published_totals.economic.*", BudgetReader.ECONOMIC_COLUMNS);
        keys.put("tables", org.opendisclosure.model.PublishedTable.keys());
        keys.putAll(documentKeys());
        return keys;
    }

    /** 单位性质 as the department reader allows it. */
    public static List<String> unitKinds() {
        return DepartmentReader.UNIT_KINDS;
    }

    private static Map<String, List<String>> indicatorTable(String path) {
        return Map.of(
                path + "[]", ProjectReader.INDICATOR_GROUP_KEYS,
                path + "[].groups[]", ProjectReader.INDICATOR_SUBGROUP_KEYS,
                path + "[].groups[].items[]", ProjectReader.INDICATOR_KEYS,
                path + "[].items[]", ProjectReader.INDICATOR_KEYS);
    }

    /** Keys of every published document's file: projects and budgets. */
    private static Map<String, List<String>> documentKeys() {
        return Map.of("source", ProjectReader.SOURCE_KEYS, "acknowledged[]", ProjectReader.ACKNOWLEDGEMENT_KEYS);
    }
}
