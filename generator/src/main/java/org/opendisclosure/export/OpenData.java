package org.opendisclosure.export;

import java.util.ArrayList;
import java.util.List;

import org.opendisclosure.derive.SiteIndex;
import org.opendisclosure.model.SiteSettings;

/**
 * The open-data export stage: for every year, projects, indicators, and the department budgets'
 * functional and economic rows, each as CSV (for spreadsheets) and JSON (for programs), and one
 * {@code datapackage.json} describing them all. Built from the derived site only, so the files
 * hold exactly the figures the pages show.
 *
 * <pre>{@code
 * for (DataFile file : OpenData.files(index)) {
 *     site.write(file.path(), file.bytes());
 * }
 * }</pre>
 */
public final class OpenData {

    /** The folder of the site the files go in. */
    public static final String FOLDER = "data/";

    private OpenData() {
    }

    /** Every file, in a fixed order: year by year, each table as CSV then JSON; the descriptor last. */
    public static List<DataFile> files(SiteIndex index) {
        List<OpenDataTable> tables = new ArrayList<>();
        List<DataFile> files = new ArrayList<>();
        for (int year : index.years()) {
            for (OpenDataTable table : new YearTables(index, year).all()) {
                String base = FOLDER + year + "/" + table.name();
                tables.add(table);
                files.add(new DataFile(base + ".csv", table.title(), "CSV", year, table.rows().size(),
                        CsvFormat.of(table)));
                tables.add(table);
                files.add(new DataFile(base + ".json", table.title(), "JSON", year, table.rows().size(),
                        JsonFormat.of(table)));
            }
        }
        SiteSettings settings = index.content().settings();
        byte[] descriptor = DataPackage.describe(settings.title(), settings.description(), tables, files, FOLDER);
        files.add(new DataFile(FOLDER + DataPackage.FILE_NAME, "数据包说明（Frictionless Data Package）", "JSON", 0, -1,
                descriptor));
        return List.copyOf(files);
    }
}
