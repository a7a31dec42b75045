package org.opendisclosure.render;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.opendisclosure.address.SiteAddresses;
import org.opendisclosure.export.CsvFormat;

/**
 * The CSV of every table a page shows, so that a reader can download exactly the table they see.
 * A table's CSV travels inside the page as a {@code data:} link (with a {@code download} file
 * name) when it is small, as nearly all are; only a table whose CSV is larger than
 * {@link #INLINE_BYTES} is a file beside the page ({@code 2019/departments/shrss.html} has
 * {@code shrss.income.csv} for its table {@code income}). A city's site has one project page per
 * project with two to four tables each: as files they were two of every three files of the site
 * and most of the time spent creating files, for a few hundred bytes each. Each page kind names
 * its tables ({@link Page#downloadableTables()}), so a table cannot be shown without its download.
 *
 * <p>The department budget's tables and the functional-code tables are also offered as Excel
 * workbooks ({@link TableWorkbooks}), always as files beside the page ({@code shrss.table-2.xlsx}),
 * and a department page offers its whole budget as one workbook ({@code shrss.xlsx}).
 */
public final class TableDownloads {

    /** The largest CSV that goes inside its page; a larger one is a file beside the page. */
    public static final int INLINE_BYTES = 8 * 1024;

    private static final String DATA_URL = "data:text/csv;charset=utf-8;base64,";

    private final Map<String, TableDownload> links;
    private final Map<String, byte[]> files;
    private final String budgetWorkbook;

    private TableDownloads(Map<String, TableDownload> links, Map<String, byte[]> files, String budgetWorkbook) {
        this.links = links;
        this.files = files;
        this.budgetWorkbook = budgetWorkbook;
    }

    /** The downloads of {@code page}'s tables, in the page's order. */
    public static TableDownloads of(Page page) {
        Map<String, TableDownload> links = new LinkedHashMap<>();
        Map<String, byte[]> files = new LinkedHashMap<>();
        String prefix = SiteAddresses.tableDownloadPrefix(page.path());
        Map<String, String> workbooks = new LinkedHashMap<>();
        for (DataTable table : page.workbookTables()) {
            String path = SiteAddresses.tableWorkbook(page.path(), table.id());
            files.put(path, TableWorkbooks.of(table));
            workbooks.put(table.id(), prefix + table.id() + ".xlsx");
        }
        String budgetWorkbook = "";
        if (!page.budgetWorkbook().isEmpty()) {
            String path = SiteAddresses.budgetWorkbook(page.path());
            files.put(path, TableWorkbooks.of(page.budgetWorkbook()));
            budgetWorkbook = path.substring(path.lastIndexOf('/') + 1);
        }
        for (DownloadableTable table : page.downloadableTables()) {
            byte[] csv = CsvFormat.ofText(table.csvHeader(), table.csvRows());
            String fileName = prefix + table.id() + ".csv";
            String href;
            if (csv.length <= INLINE_BYTES) {
                href = DATA_URL + Base64.getEncoder().encodeToString(csv);
            } else {
                href = fileName;
                files.put(SiteAddresses.tableDownload(page.path(), table.id()), csv);
            }
            if (links.put(table.id(), new TableDownload(href, fileName, table.csvRowCount(),
                    workbooks.getOrDefault(table.id(), ""))) != null) {
                throw new IllegalStateException(page.path() + " has two tables with the id " + table.id());
            }
        }
        return new TableDownloads(Map.copyOf(links), Map.copyOf(files), budgetWorkbook);
    }

    /** The whole department budget as one workbook, relative to the page, or empty when the page has none. */
    public String budgetWorkbook() {
        return budgetWorkbook;
    }

    /** The link of each table, by table id: what the template's {@code download} macro shows. */
    public Map<String, TableDownload> links() {
        return links;
    }

    /** The files to write beside the page, by path in the site: the tables too large to go inside it. */
    public Map<String, byte[]> files() {
        return files;
    }
}
