package org.opendisclosure.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.CsvDataLinks;
import org.opendisclosure.FixtureSite;
import org.opendisclosure.export.CsvReader;

/**
 * "Download exactly what I see": on every page of the bundled site, every table has a download
 * link — the CSV inside the page as a data: URL, or a file beside the page when large — and the
 * CSV holds the table's rows as the page shows them — the
 * column headings of every level, each body and total row, cells spanning several rows repeated
 * on each, amounts without thousands separators.
 */
class TableDownloadsTest {

    @TempDir
    static Path dir;

    static Path site;

    @BeforeAll
    static void build() {
        site = FixtureSite.renderBundled(dir.resolve("site"));
    }

    @Test
    void everyTableOnEveryPageDownloadsAsTheRowsItShows() throws IOException {
        int tables = 0;
        Set<String> kinds = new LinkedHashSet<>();
        for (Path file : pages()) {
            Document page = Jsoup.parse(file.toFile());
            String name = file.getFileName().toString();
            for (Element table : page.select("table")) {
                String id = table.selectFirst("caption").id().replaceFirst("-caption$", "");
                Element link = page.selectFirst("a[aria-describedby=" + id + "-caption][download]");
                assertNotNull(link, site.relativize(file) + ": table " + id + " has no download link");
                assertEquals(name.substring(0, name.length() - ".html".length()) + "." + id + ".csv",
                        link.attr("download"), site.relativize(file) + ": the file name the browser saves");
                assertTrue(link.attr("href").startsWith(DATA_URL) ? CsvDataLinks.isTableDownload(link, "href")
                        : !link.attr("href").contains(":"), site.relativize(file) + ": " + link.attr("href"));
                List<List<String>> records = CsvReader.read(download(file, link.attr("href")));
                assertEquals(headings(table), records.get(0), site.relativize(file) + " " + id + ": header");
                assertEquals(rows(table), records.subList(1, records.size()), site.relativize(file) + " " + id + ": rows");
                assertTrue(link.text().contains((records.size() - 1) + " 行"), link.text());
                tables++;
                kinds.add(id.replaceAll("\\d+", "N"));
            }
        }
        assertTrue(tables > 150, tables + " tables");
        assertTrue(kinds.containsAll(List.of("year-list", "department-list", "unit-list", "project-list", "table-N",
                "funding-table", "subproject-table", "indicator-table", "key-project-N-indicators", "data-N",
                "data-package")), kinds.toString());
    }

    /**
     * The bundled site's tables are all small: every CSV travels inside its page, and no CSV lies
     * beside a page (the Excel workbooks do: see {@link TableWorkbooksTest}).
     */
    @Test
    void smallTablesTravelInsideTheirPage() throws IOException {
        for (Path file : pages()) {
            for (Element link : Jsoup.parse(file.toFile()).select("a[download]:not([href$=.xlsx])")) {
                assertTrue(link.attr("href").startsWith(DATA_URL), site.relativize(file) + ": " + link.attr("href"));
            }
        }
        try (Stream<Path> walk = Files.walk(site)) {
            assertEquals(List.of(), walk.map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(".csv") && !p.startsWith("data/")).toList());
        }
    }

    /** A table too large to carry inside its page is a file beside it, and the link leads there. */
    @Test
    void aLargeTableIsAFileBesideItsPage() {
        List<DataTable.TableRow> rows = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            rows.add(new DataTable.TableRow(List.of(DataTable.TableCell.heading("第 " + i + " 个年度的一行说明文字", null),
                    DataTable.TableCell.plain("说明"), DataTable.TableCell.figure("1"),
                    DataTable.TableCell.amount(new java.math.BigDecimal("1234.5"), org.opendisclosure.model.MoneyStyle.YUAN)),
                    ""));
        }
        DataTable big = new DataTable("year-list", "按年度浏览", "", "单位：元", List.of(List.of(
                DataTable.HeaderCell.column("年度"), DataTable.HeaderCell.column("说明"),
                DataTable.HeaderCell.amount("项目数"), DataTable.HeaderCell.amount("项目资金（元）"))), rows, List.of(), "");
        PageFrame frame = new PageFrame("站", "首页", "", "", List.of(), "", true, "2024/units/u.html");
        TableDownloads downloads = TableDownloads.of(new UnitPage(frame, 2024, "u", List.of(), "", new Link("d", "x"),
                big, "0"));
        assertEquals("u.year-list.csv", downloads.links().get("year-list").href());
        assertEquals(List.of("2024/units/u.year-list.csv"), List.copyOf(downloads.files().keySet()));
        assertTrue(downloads.files().get("2024/units/u.year-list.csv").length > TableDownloads.INLINE_BYTES);
        assertEquals(401, CsvReader.read(downloads.files().get("2024/units/u.year-list.csv")).size());
    }

    @Test
    void aTableCsvIsNamedAfterItsPageAndTable() throws IOException {
        Path page = site.resolve("2019/projects/hotline-12333.html");
        Element link = Jsoup.parse(page.toFile()).selectFirst("a[download=hotline-12333.subproject-table.csv]");
        assertNotNull(link);
        List<List<String>> records = CsvReader.read(download(page, link.attr("href")));
        assertEquals(List.of("子项目名称", "预算金额（元）", "占比"), records.get(0));
        assertEquals(List.of("咨询员费用", "52315200.00", "73.28%"), records.get(1));
        assertEquals(List.of("子项目合计（计算值）", "71387200.00", "100.00%"), records.get(records.size() - 1));
    }

    private static final String DATA_URL = CsvDataLinks.PREFIX;

    /** What a browser saves from the link: the data: URL's bytes, or the file it leads to. */
    private static byte[] download(Path page, String href) throws IOException {
        if (href.startsWith(DATA_URL)) {
            return Base64.getDecoder().decode(href.substring(DATA_URL.length()));
        }
        Path csv = page.resolveSibling(href);
        assertTrue(Files.isRegularFile(csv), site.relativize(page) + ": " + href);
        return Files.readAllBytes(csv);
    }

    /** One heading per column: the texts of the heading cells above it, top first, joined. */
    private static List<String> headings(Element table) {
        List<List<Element>> grid = grid(table.select("thead tr"));
        List<String> headings = new ArrayList<>();
        int columns = grid.isEmpty() ? 0 : grid.get(0).size();
        for (int c = 0; c < columns; c++) {
            Set<Element> cells = new LinkedHashSet<>();
            for (List<Element> row : grid) {
                cells.add(row.get(c));
            }
            headings.add(String.join(" - ", cells.stream().map(Element::text).filter(t -> !t.isBlank()).toList()));
        }
        return headings;
    }

    /** Body and footer rows: a cell spanning columns then blanks; a cell spanning rows repeated. */
    private static List<List<String>> rows(Element table) {
        List<Element> rows = new ArrayList<>(table.select("tbody tr"));
        rows.addAll(table.select("tfoot tr"));
        List<List<Element>> grid = grid(rows);
        List<List<String>> texts = new ArrayList<>();
        for (List<Element> row : grid) {
            List<String> cells = new ArrayList<>();
            Element previous = null;
            for (Element cell : row) {
                cells.add(cell == previous ? "" : shown(cell));
                previous = cell;
            }
            texts.add(cells);
        }
        return texts;
    }

    /**
     * A cell as the CSV holds it: an amount without separators; text that a spreadsheet would run
     * as a formula behind an apostrophe.
     */
    private static String shown(Element cell) {
        // A cell's note (目录名称：… beside a name as printed) annotates the published text; the CSV holds the text.
        Element withoutNote = cell.clone();
        withoutNote.select("small.cell-note").remove();
        String text = withoutNote.text();
        if (cell.hasClass("num") && text.matches("[+-]?\\d{1,3}(,\\d{3})*(\\.\\d+)?")) {
            return text.replace(",", "").replaceFirst("^\\+", "");
        }
        return text.matches("[=+\\-@].*") && !text.matches("-\\d+(\\.\\d+)?") ? "'" + text : text;
    }

    /** The rows laid out on a grid: each position holds the cell that covers it. */
    private static List<List<Element>> grid(List<Element> rows) {
        Map<Integer, Map<Integer, Element>> covered = new HashMap<>();
        List<List<Element>> grid = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            Map<Integer, Element> line = covered.computeIfAbsent(r, k -> new HashMap<>());
            int column = 0;
            for (Element cell : rows.get(r).children()) {
                while (line.containsKey(column)) {
                    column++;
                }
                int colspan = span(cell, "colspan");
                int rowspan = span(cell, "rowspan");
                for (int dr = 0; dr < rowspan; dr++) {
                    for (int dc = 0; dc < colspan; dc++) {
                        covered.computeIfAbsent(r + dr, k -> new HashMap<>()).put(column + dc, cell);
                    }
                }
                column += colspan;
            }
            List<Element> cells = new ArrayList<>();
            for (int c = 0; line.containsKey(c); c++) {
                cells.add(line.get(c));
            }
            grid.add(cells);
        }
        return grid;
    }

    private static int span(Element cell, String attribute) {
        return cell.hasAttr(attribute) ? Integer.parseInt(cell.attr(attribute)) : 1;
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
