package org.opendisclosure.render;

import java.util.List;

/**
 * A table a page shows that a reader can take away as CSV: exactly the rows and columns on the
 * page, cells as shown, amounts as exact numbers without thousands separators so that
 * spreadsheets read them as numbers. Merged cells are filled in on every row they cover.
 */
public interface DownloadableTable {

    /** The table's element id on its page; also names its CSV file. */
    String id();

    /** One heading per column; headings in several levels joined with {@code " - "}. */
    List<String> csvHeader();

    /** The body rows, then any total rows, each with one cell per column. */
    List<List<String>> csvRows();

    /** How many rows the CSV has below its header. */
    default int csvRowCount() {
        return csvRows().size();
    }
}
