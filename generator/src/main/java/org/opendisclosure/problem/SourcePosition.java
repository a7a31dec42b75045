package org.opendisclosure.problem;

/**
 * A place in a content file: the file as the editor knows it (relative to where the build was
 * started) and a 1-based line and column. Travels with loaded values so that every later stage
 * can point an editor at the line that is wrong.
 */
public record SourcePosition(String file, int line, int column) {

    /** The start of a file, for problems that concern the file as a whole. */
    public static SourcePosition startOf(String file) {
        return new SourcePosition(file, 1, 1);
    }

    /**
     * A cell of a workbook being imported, {@code budget.xlsx!收入预算总表!C12}: spreadsheets have
     * no lines, so the position is the cell, printed as spreadsheets name it (line and column 0).
     */
    public static SourcePosition cell(String workbook, String sheet, String cell) {
        return new SourcePosition(workbook + "!" + sheet + (cell.isEmpty() ? "" : "!" + cell), 0, 0);
    }

    /** The same file as a whole, printed without line and column: a workbook, which has no lines. */
    public SourcePosition withoutLine() {
        return new SourcePosition(file, 0, 0);
    }

    /** A workbook position with its sheet part removed: {@code budget.xlsx}. */
    public SourcePosition withoutSheet() {
        return new SourcePosition(file.endsWith("!") ? file.substring(0, file.length() - 1) : file, 0, 0);
    }

    @Override
    public String toString() {
        return line <= 0 ? file : file + ":" + line + ":" + column;
    }
}
