package org.opendisclosure.fidelity;

/**
 * One row of a published indicator table: its 一级指标, 二级指标, 三级指标 and target, any of which may be blank
 * ({@code null}). A 二级指标 printed with nothing under it is a row with a blank name and target.
 */
record PublishedIndicator(int line, String level1, String level2, String name, String target) {

    /** The row as one text, the form in which it is compared and reported. */
    String text() {
        return orDash(level1) + " / " + orDash(level2) + " / " + orDash(name) + ": " + orDash(target);
    }

    /** What identifies the row within its table when its levels or target differ. */
    String identity() {
        return name != null ? name : orDash(target);
    }

    private static String orDash(String value) {
        return value == null || value.isEmpty() ? "—" : value;
    }
}
