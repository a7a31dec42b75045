package org.opendisclosure.render;

import java.util.List;

/**
 * A table a page shows that a reader can take away as CSV: exactly the rows and columns on the
 * page, cells as shown, amounts without their thousands separators so that spreadsheets read them
 * as numbers. Merged cells are filled in on every row they cover.
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

    /**
     * A shown amount ({@code 1,234.50}, {@code -1,000}, {@code +12}) as a number a spreadsheet reads
     * ({@code 1234.50}); any other text unchanged.
     */
    static String machineReadable(String shown) {
        if (shown.matches("[+-]?\\d{1,3}(,\\d{3})*(\\.\\d+)?")) {
            String plain = shown.replace(",", "");
            return plain.startsWith("+") ? plain.substring(1) : plain;
        }
        return shown;
    }
}
