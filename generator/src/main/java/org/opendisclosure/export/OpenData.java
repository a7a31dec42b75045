package org.opendisclosure.export;

import java.util.ArrayList;
import java.util.List;

import org.opendisclosure.address.SiteAddresses;
import org.opendisclosure.derive.SiteModel;
import org.opendisclosure.derive.YearInSite;
import org.opendisclosure.model.SiteSettings;

/**
 * The open-data export stage: for every year, projects, indicators, and the department budgets'
 * functional and economic rows, each as CSV (for spreadsheets) and JSON (for programs), and one
 * {@code datapackage.json} describing them all. Built from the derived site only, so the files
 * hold exactly the figures the pages show.
 *
 * <pre>{@code
 * for (DataFile file : OpenData.files(site)) {
 *     site.write(file.path(), file.bytes());
 * }
 * }</pre>
 */
public final class OpenData {

    private OpenData() {
    }

    /** Every file, in a fixed order: year by year, each table as CSV then JSON; the descriptor last. */
    public static List<DataFile> files(SiteModel site) {
        List<OpenDataTable> tables = new ArrayList<>();
        List<DataFile> files = new ArrayList<>();
        for (YearInSite inYear : site.years()) {
            int year = inYear.year();
            for (OpenDataTable table : new YearTables(site, inYear).all()) {
                tables.add(table);
                files.add(new DataFile(SiteAddresses.dataFile(year, table.name(), "csv"), table.title(), "CSV", year, table.rows().size(),
                        CsvFormat.of(table)));
                tables.add(table);
                files.add(new DataFile(SiteAddresses.dataFile(year, table.name(), "json"), table.title(), "JSON", year, table.rows().size(),
                        JsonFormat.of(table)));
            }
        }
        SiteSettings settings = site.settings();
        byte[] descriptor = DataPackage.describe(settings.title(), settings.description(), tables, files,
                SiteAddresses.DATA_FOLDER);
        files.add(new DataFile(SiteAddresses.DATA_FOLDER + DataPackage.FILE_NAME, "数据包说明（Frictionless Data Package）", "JSON", 0, -1,
                descriptor));
        return List.copyOf(files);
    }
}
