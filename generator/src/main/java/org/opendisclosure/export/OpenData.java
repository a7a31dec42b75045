package org.opendisclosure.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

import org.opendisclosure.address.SiteAddresses;
import org.opendisclosure.concurrent.Await;
import org.opendisclosure.derive.SiteModel;
import org.opendisclosure.derive.YearInSite;
import org.opendisclosure.model.SiteSettings;

/**
 * The open-data export stage: for every year, projects, indicators, and the department budgets'
 * functional and economic rows, each as CSV (for spreadsheets) and JSON (for programs), and one
 * {@code datapackage.json} describing them all. Built from the derived site only, so the files
 * hold exactly the figures the pages show. Each file is handed to the sink as soon as it is made
 * and only its entry (size, hash) is kept, so memory holds one year's tables at a time, never the
 * whole download.
 *
 * <pre>{@code
 * List<DataFile> listed = OpenData.write(site, stagedSite::write);
 * }</pre>
 */
public final class OpenData {

    /** Where the files go: the staged site, or anything else that takes a path and bytes. */
    @FunctionalInterface
    public interface FileSink {
        void write(String path, byte[] bytes) throws IOException;

        /**
         * Called between tables, where making the open data may stop: a sink that throws here stops
         * it (the live preview, when a newer edit arrived). Does nothing by default.
         */
        default void checkpoint() throws IOException {
        }
    }

    private OpenData() {
    }

    /**
     * Makes and writes every file, in a fixed order: year by year, each table as CSV then JSON; the
     * descriptor last.
     *
     * @return the entries of the files written, in that order, for the data page
     */
    public static List<DataFile> write(SiteModel site, FileSink sink) throws IOException {
        return write(site, sink, Runnable::run);
    }

    /**
     * Writes like {@link #write(SiteModel, FileSink)}, each table's JSON made on {@code helper}
     * while its CSV is made here: for a build whose other threads have little to do (after a small
     * change), that halves the time to the last file. The files and their order are the same.
     */
    public static List<DataFile> write(SiteModel site, FileSink sink, Executor helper) throws IOException {
        List<OpenDataTable> described = new ArrayList<>();
        List<DataFile> files = new ArrayList<>();
        for (YearInSite inYear : site.years()) {
            int year = inYear.year();
            for (Supplier<OpenDataTable> maker : new YearTables(site, inYear).makers()) {
                sink.checkpoint();
                OpenDataTable table = maker.get();
                if (table.rows().isEmpty()) {
                    continue;
                }
                OpenDataTable schema = table.withoutRows();
                FutureTask<byte[]> json = new FutureTask<>(() -> JsonFormat.of(table));
                helper.execute(json);
                files.add(write(sink, SiteAddresses.dataFile(year, table.name(), "csv"), table.title(), "CSV", year,
                        table.rows().size(), CsvFormat.of(table)));
                described.add(schema);
                files.add(write(sink, SiteAddresses.dataFile(year, table.name(), "json"), table.title(), "JSON", year,
                        table.rows().size(), Await.value(json, () -> {
                            json.cancel(true);
                            return new IllegalStateException("interrupted while making the open data");
                        })));
                described.add(schema);
            }
        }
        SiteSettings settings = site.settings();
        byte[] descriptor = DataPackage.describe(settings.title(), settings.description(), described, files,
                SiteAddresses.DATA_FOLDER);
        files.add(write(sink, SiteAddresses.DATA_FOLDER + DataPackage.FILE_NAME, "数据包说明（Frictionless Data Package）",
                "JSON", 0, -1, descriptor));
        return List.copyOf(files);
    }

    private static DataFile write(FileSink sink, String path, String title, String format, int year, int rows,
            byte[] bytes) throws IOException {
        sink.write(path, bytes);
        return DataFile.of(path, title, format, year, rows, bytes);
    }
}
