package org.opendisclosure.diff;

/**
 * The names by which the change log remembers what a change touched, so that each page can find
 * the entries that changed its figures: a project of a year, a department's budget of a year, a
 * year as a whole. Made from ids only, never from file names, so a moved file keeps its history.
 */
public final class RecordKeys {

    private RecordKeys() {
    }

    public static String project(int year, String projectId) {
        return "project/" + year + "/" + projectId;
    }

    public static String budget(int year, String departmentId) {
        return "budget/" + year + "/" + departmentId;
    }

    public static String year(int year) {
        return "year/" + year;
    }
}
