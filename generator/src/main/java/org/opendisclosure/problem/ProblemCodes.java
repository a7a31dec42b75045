package org.opendisclosure.problem;

/** The stable codes of every check; editors refer to them in {@code acknowledged[].check}. */
public final class ProblemCodes {
    /** The file cannot be read as YAML of the expected shape. Never acknowledgeable. */
    public static final String YAML = "yaml";
    public static final String UNKNOWN_KEY = "unknown-key";
    public static final String DUPLICATE_KEY = "duplicate-key";
    public static final String REQUIRED = "required";
    public static final String TYPE = "type";
    public static final String NOT_IN_FORM = "not-in-form";
    public static final String ALLOWED_VALUE = "allowed-value";
    public static final String INDICATOR_LEVELS = "indicator-levels";
    public static final String REFERENCE = "reference";
    public static final String DUPLICATE_ID = "duplicate-id";
    public static final String FUNDING_TOTAL = "funding-total";
    public static final String PROJECT_FUNDING_TOTAL = "project-funding-total";
    public static final String SUBPROJECTS_TOTAL = "subprojects-total";
    public static final String ANNUAL_EXCEEDS_TOTAL = "annual-exceeds-total";
    public static final String EXECUTION_WITHOUT_BUDGET = "execution-without-budget";
    public static final String PERIOD = "period";
    /** A classification code that the catalogue of its year does not have, or no catalogue for the year. */
    public static final String CODE_UNKNOWN = "code-unknown";
    /** A code's name differs from the catalogue's. */
    public static final String CODE_NAME = "code-name";
    /** A published table prints a code's name differently from the catalogue (a warning: the table is shown as printed). */
    public static final String PRINTED_NAME = "printed-name";
    /** The same code on two rows of one budget. */
    public static final String DUPLICATE_CODE = "duplicate-code";
    /** A budget row's 合计 (income) differs from 基本支出 + 项目支出. */
    public static final String ROW_TOTAL = "row-total";
    /** A row with several sources lacks, or mis-states, the spending split of a fiscal source. */
    public static final String SPENDING_SPLIT = "spending-split";
    /** 收入总计 differs from 支出总计. */
    public static final String BALANCE = "balance";
    /** Basic expenditure by economic code differs from basic expenditure by function. */
    public static final String BASIC_BY_ECONOMIC = "basic-by-economic";
    /** A “三公” subtotal differs from its parts. */
    public static final String THREE_PUBLIC_TOTAL = "three-public-total";
    /** 政府采购 parts do not add up. */
    public static final String PROCUREMENT_TOTAL = "procurement-total";
    /** A typed published total differs from the one computed from the rows. */
    public static final String PUBLISHED_TOTAL = "published-total";
    /** A note: a budget file's arithmetic waits until its errors are fixed. */
    public static final String CHECKS_DEFERRED = "checks-deferred";
    /** A symbolic link, named pipe or folder named like a YAML file inside {@code content/}: not read. */
    public static final String SKIPPED_FILE = "skipped-file";
    /** A control character (U+0000–U+001F but tab and newline, U+007F) in a value or key. */
    public static final String CONTROL_CHARACTER = "control-character";
    /** A Markdown image whose address is not a file of the site itself. */
    public static final String EXTERNAL_IMAGE = "external-image";
    /** An indicator target that looks like a number with a unit but does not read as one (warning). */
    public static final String TARGET_FORMAT = "target-format";
    /** A number in a goal text that the project's indicator table states otherwise (表文一致; warning). */
    public static final String GOAL_TEXT = "goal-text";
    public static final String ACKNOWLEDGED_UNUSED = "acknowledged-unused";
    public static final String TEMPLATE = "template";
    /** A workbook that cannot be imported at all: not a workbook, too large, a zip bomb, macros. */
    public static final String WORKBOOK = "workbook";
    /** A sheet not recognised as a published table, or a table missing. */
    public static final String WORKBOOK_TABLE = "workbook-table";
    /** A cell that does not hold what its column needs (a code, an amount). */
    public static final String WORKBOOK_VALUE = "workbook-value";
    /** A subtotal or total row of a sheet that is not the sum of its rows. */
    public static final String WORKBOOK_SUBTOTAL = "workbook-subtotal";
    /** A cell holding a formula: its value as last calculated was imported. */
    public static final String WORKBOOK_FORMULA = "workbook-formula";
    /** Links to other workbooks, ignored. */
    public static final String WORKBOOK_EXTERNAL_LINK = "workbook-external-link";
    public static final String OUTPUT = "output";

    private ProblemCodes() {
    }

    /** The codes an editor may acknowledge as discrepancies of the official document, sorted. */
    public static final java.util.List<String> ACKNOWLEDGEABLE = java.util.List.of(ALLOWED_VALUE, ANNUAL_EXCEEDS_TOTAL,
            BALANCE, BASIC_BY_ECONOMIC, CODE_NAME, EXECUTION_WITHOUT_BUDGET, FUNDING_TOTAL, GOAL_TEXT, INDICATOR_LEVELS,
            PERIOD, PRINTED_NAME, PROCUREMENT_TOTAL, PROJECT_FUNDING_TOTAL, PUBLISHED_TOTAL, REQUIRED, ROW_TOTAL,
            SUBPROJECTS_TOTAL, TARGET_FORMAT, THREE_PUBLIC_TOTAL);

    /** Whether an editor may acknowledge problems of this code as a discrepancy of the source. */
    public static boolean isAcknowledgeable(String code) {
        return ACKNOWLEDGEABLE.contains(code);
    }
}
