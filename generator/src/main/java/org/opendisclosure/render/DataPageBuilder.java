package org.opendisclosure.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.opendisclosure.address.SiteAddresses;
import org.opendisclosure.export.DataFile;
import org.opendisclosure.model.MoneyStyle;

/** Builds the open-data page: a table of files per year, newest first, with rows, size and SHA-256. */
final class DataPageBuilder {

    private final List<DataFile> dataFiles;
    private final PageFrames frames;

    /** @param dataFiles the open-data files, the data package descriptor last */
    DataPageBuilder(List<DataFile> dataFiles, PageFrames frames) {
        this.dataFiles = List.copyOf(dataFiles);
        this.frames = frames;
    }

    DataPage build() {
        PageFrame frame = frames.frame(SiteAddresses.data(), "开放数据", "下载本站全部数据：各年度的项目、绩效指标和部门预算（按功能分类、经济分类），"
                + "CSV 与 JSON 两种格式，附 datapackage.json 说明，并列出每个文件的大小和 SHA-256。", List.of(PageFrames.HOME));
        List<DataTable> tables = new ArrayList<>();
        Map<Integer, List<DataFile>> byYear = new TreeMap<>(Comparator.reverseOrder());
        dataFiles.forEach(f -> byYear.computeIfAbsent(f.year(), y -> new ArrayList<>()).add(f));
        byYear.forEach((year, files) -> tables.add(fileTable(year, files)));
        return new DataPage(frame, tables,
                dataFiles.get(dataFiles.size() - 1).path().substring(SiteAddresses.DATA_FOLDER.length()));
    }

    private static DataTable fileTable(int year, List<DataFile> files) {
        String id = year == 0 ? "data-package" : "data-" + year;
        List<DataTable.TableRow> rows = files.stream().map(f -> new DataTable.TableRow(List.of(
                DataTable.TableCell.heading(f.fileName(), f.path()),
                DataTable.TableCell.plain(f.title()), DataTable.TableCell.plain(f.format()),
                f.rows() < 0 ? DataTable.TableCell.figure("—")
                        : DataTable.TableCell.amount(BigDecimal.valueOf(f.rows()), MoneyStyle.WHOLE),
                DataTable.TableCell.amount(BigDecimal.valueOf(f.size()), MoneyStyle.WHOLE),
                new DataTable.TableCell(f.sha256(), false, null, 1, "hash")), "")).toList();
        return new DataTable(id, year == 0 ? "全站" : year + " 年", "", "", List.of(List.of(
                DataTable.HeaderCell.column("文件"), DataTable.HeaderCell.column("内容"), DataTable.HeaderCell.column("格式"),
                DataTable.HeaderCell.amount("行数"), DataTable.HeaderCell.amount("大小（字节）"),
                DataTable.HeaderCell.column("SHA-256"))), rows, List.of(), "");
    }
}
