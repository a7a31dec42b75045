package org.opendisclosure.problem;

/** How serious a {@link Problem} is. Only errors fail a build. */
public enum Severity {
    /** The content cannot be published as it is. */
    ERROR("error"),
    /** Worth a look; publication goes ahead. */
    WARNING("warning"),
    /** An error the editor acknowledged as a discrepancy of the official document itself. */
    NOTE("note");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The word printed in messages: {@code error}, {@code warning} or {@code note}. */
    public String label() {
        return label;
    }
}
