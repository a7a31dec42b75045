package org.opendisclosure.content;

/** Key paths as messages print them: {@code funding.annual_total}, {@code subprojects[2].amount}. */
public final class KeyPaths {

    private KeyPaths() {
    }

    public static String child(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    public static String item(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** The path without list indexes, for looking up labels: {@code subprojects[].amount}. */
    public static String pattern(String path) {
        return path.replaceAll("\\[\\d+]", "[]");
    }
}
