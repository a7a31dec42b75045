package org.opendisclosure.content;

/** Shortens long found text for messages, so one bad paragraph does not flood the log. */
final class Abbreviation {
    private static final int MAX = 40;

    private Abbreviation() {
    }

    static String of(String text) {
        String oneLine = text.replace('\n', ' ').replace('\r', ' ');
        if (oneLine.codePointCount(0, oneLine.length()) <= MAX) {
            return oneLine;
        }
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, MAX)) + "…";
    }
}
