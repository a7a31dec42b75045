package org.opendisclosure.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

import org.opendisclosure.address.SiteAddresses;
import org.opendisclosure.concurrent.Await;
import org.opendisclosure.derive.SiteModel;
import org.opendisclosure.derive.YearInSite;
import org.opendisclosure.io.FileContent;
import org.opendisclosure.io.HashingOutput;
import org.opendisclosure.model.SiteSettings;

/**
 * The open-data export stage: for every year, projects, indicators, and the department budgets'
 * functional and economic rows, each as CSV (for spreadsheets) and JSON (for programs), and one
 * {@code datapackage.json} describing them all. Built from the derived site only, so the files
 * hold exactly the figures the pages show. Each table's files are streamed to the sink as they are
 * made (to the file itself, where the sink can) and only their entries (size, hash) are kept, so
 * memory holds one table at a time and never a whole file: a year's indicators at a city's scale
 * are 36 MB of CSV and 87 MB of JSON.
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
         * Writes one file whose bytes {@code content} writes to a stream; a sink that can writes them
         * straight to the file. By default the bytes are gathered and written as one.
         */
        default void writeStreamed(String path, FileContent content) throws IOException {
            write(path, content.toBytes());
        }

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
     * Makes and writes every file: year by year, each table as CSV and JSON; the descriptor last.
     *
     * @return the entries of the files written, in that order (each table's CSV before its JSON),
     *         for the data page
     */
    public static List<DataFile> write(SiteModel site, FileSink sink) throws IOException {
        return write(site, sink, Runnable::run);
    }

    /**
     * Writes like {@link #write(SiteModel, FileSink)}, each table's JSON made on {@code helper}
     * while its CSV is made here: for a build whose other threads have little to do (after a small
     * change), that halves the time to the last file. The files and their entries are the same; the
     * sink is then called from both threads at once, each with its own paths.
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
                String title = table.title();
                int rows = table.rows().size();
                FutureTask<DataFile> json = new FutureTask<>(() -> {
                    try {
                        return write(sink, SiteAddresses.dataFile(year, table.name(), "json"), title, "JSON", year, rows,
                                out -> JsonFormat.write(table, out));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                helper.execute(json);
                files.add(write(sink, SiteAddresses.dataFile(year, table.name(), "csv"), title, "CSV", year, rows,
                        out -> CsvFormat.write(table, out)));
                described.add(schema);
                try {
                    files.add(Await.value(json, () -> {
                        json.cancel(true);
                        return new IllegalStateException("interrupted while making the open data");
                    }));
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
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

    /** Streams a file to the sink, its size and hash taken on the way for its entry. */
    private static DataFile write(FileSink sink, String path, String title, String format, int year, int rows,
            FileContent content) throws IOException {
        HashingOutput[] passed = new HashingOutput[1];
        sink.writeStreamed(path, out -> passed[0] = HashingOutput.pass(content, HashingOutput.sha256(out)));
        return new DataFile(path, title, format, year, rows, passed[0].size(), passed[0].hex());
    }
}
