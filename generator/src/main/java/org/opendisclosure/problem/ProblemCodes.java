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
    public static final String ACKNOWLEDGED_UNUSED = "acknowledged-unused";
    public static final String TEMPLATE = "template";
    public static final String OUTPUT = "output";

    private ProblemCodes() {
    }

    /** The codes an editor may acknowledge as discrepancies of the official document, sorted. */
    public static final java.util.List<String> ACKNOWLEDGEABLE = java.util.List.of(ALLOWED_VALUE, ANNUAL_EXCEEDS_TOTAL,
            EXECUTION_WITHOUT_BUDGET, FUNDING_TOTAL, INDICATOR_LEVELS, PERIOD, PROJECT_FUNDING_TOTAL, REQUIRED,
            SUBPROJECTS_TOTAL);

    /** Whether an editor may acknowledge problems of this code as a discrepancy of the source. */
    public static boolean isAcknowledgeable(String code) {
        return ACKNOWLEDGEABLE.contains(code);
    }
}
