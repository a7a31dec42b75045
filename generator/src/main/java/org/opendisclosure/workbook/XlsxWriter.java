package org.opendisclosure.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes sheets as an Office Open XML workbook ({@code .xlsx}): {@code [Content_Types].xml}, the
 * package and workbook relationships, {@code workbook.xml}, {@code styles.xml} and one part per
 * sheet. Text is written inline in its cell (no shared-string table to build), numbers as their
 * exact decimal digits. There is no {@code docProps} part, so no creation date or author, and
 * every zip entry carries the same time: the same sheets always give the same bytes.
 *
 * <p>Stateless and thread-safe.
 */
public final class XlsxWriter {

    /** The time on every entry: the project's reproducible-build time, as a local date-time (no time zone). */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2026, 1, 1, 0, 0);

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_RELATIONSHIPS =
            "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    /** Cell styles, by their index in {@code styles.xml}'s {@code cellXfs}. */
    private static final int STYLE_BOLD = 1;
    private static final int STYLE_WHOLE = 2;
    private static final int STYLE_DECIMALS = 3;

    private static final String STYLES = XML_DECLARATION + "<styleSheet xmlns=\"" + MAIN + "\">"
            + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
            + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"4\">"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
            + "<xf numFmtId=\"3\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"4\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "</cellXfs></styleSheet>";

    private XlsxWriter() {
    }

    /** The workbook of {@code sheets}, in order; sheet names must differ (ignoring case, as Excel does). */
    public static byte[] write(List<Sheet> sheets) {
        if (sheets.isEmpty()) {
            throw new IllegalArgumentException("a workbook needs at least one sheet");
        }
        Set<String> names = new HashSet<>();
        for (Sheet sheet : sheets) {
            if (!names.add(sheet.name().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("two sheets named " + sheet.name());
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            put(zip, "[Content_Types].xml", contentTypes(sheets.size()));
            put(zip, "_rels/.rels", XML_DECLARATION + "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            put(zip, "xl/workbook.xml", workbook(sheets));
            put(zip, "xl/_rels/workbook.xml.rels", workbookRelationships(sheets.size()));
            put(zip, "xl/styles.xml", STYLES);
            for (int i = 0; i < sheets.size(); i++) {
                put(zip, "xl/worksheets/sheet" + (i + 1) + ".xml", sheet(sheets.get(i)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String contentTypes(int sheetCount) {
        StringBuilder xml = new StringBuilder(XML_DECLARATION)
                .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
                .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
                .append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>")
                .append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        for (int i = 1; i <= sheetCount; i++) {
            xml.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\"")
                    .append("application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return xml.append("</Types>").toString();
    }

    private static String workbook(List<Sheet> sheets) {
        StringBuilder xml = new StringBuilder(XML_DECLARATION).append("<workbook xmlns=\"").append(MAIN)
                .append("\" xmlns:r=\"").append(RELATIONSHIPS).append("\"><sheets>");
        for (int i = 0; i < sheets.size(); i++) {
            xml.append("<sheet name=\"").append(escape(sheets.get(i).name())).append("\" sheetId=\"").append(i + 1)
                    .append("\" r:id=\"rId").append(i + 1).append("\"/>");
        }
        return xml.append("</sheets></workbook>").toString();
    }

    private static String workbookRelationships(int sheetCount) {
        StringBuilder xml = new StringBuilder(XML_DECLARATION).append("<Relationships xmlns=\"")
                .append(PACKAGE_RELATIONSHIPS).append("\">");
        for (int i = 1; i <= sheetCount; i++) {
            xml.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(RELATIONSHIPS)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
        }
        xml.append("<Relationship Id=\"rId").append(sheetCount + 1).append("\" Type=\"").append(RELATIONSHIPS)
                .append("/styles\" Target=\"styles.xml\"/>");
        return xml.append("</Relationships>").toString();
    }

    private static String sheet(Sheet sheet) {
        StringBuilder xml = new StringBuilder(256 + 64 * sheet.rows().size()).append(XML_DECLARATION)
                .append("<worksheet xmlns=\"").append(MAIN).append("\">");
        if (!sheet.widths().isEmpty()) {
            xml.append("<cols>");
            for (int i = 0; i < sheet.widths().size(); i++) {
                xml.append("<col min=\"").append(i + 1).append("\" max=\"").append(i + 1).append("\" width=\"")
                        .append(sheet.widths().get(i)).append("\" customWidth=\"1\"/>");
            }
            xml.append("</cols>");
        }
        xml.append("<sheetData>");
        for (int r = 0; r < sheet.rows().size(); r++) {
            List<SheetCell> row = sheet.rows().get(r);
            xml.append("<row r=\"").append(r + 1).append("\">");
            for (int c = 0; c < row.size(); c++) {
                SheetCell cell = row.get(c);
                if (cell.isEmpty()) {
                    continue;
                }
                xml.append("<c r=\"").append(CellNames.cell(r, c)).append('"');
                if (cell.number() != null) {
                    xml.append(" s=\"").append(cell.hasFraction() ? STYLE_DECIMALS : STYLE_WHOLE).append("\"><v>")
                            .append(cell.number().toPlainString()).append("</v></c>");
                } else {
                    if (cell.bold()) {
                        xml.append(" s=\"").append(STYLE_BOLD).append('"');
                    }
                    xml.append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">").append(escape(cell.text()))
                            .append("</t></is></c>");
                }
            }
            xml.append("</row>");
        }
        xml.append("</sheetData>");
        if (!sheet.merges().isEmpty()) {
            xml.append("<mergeCells count=\"").append(sheet.merges().size()).append("\">");
            sheet.merges().forEach(m -> xml.append("<mergeCell ref=\"").append(m.reference()).append("\"/>"));
            xml.append("</mergeCells>");
        }
        return xml.append("</worksheet>").toString();
    }

    /** Text as XML character data; characters XML 1.0 cannot hold at all are dropped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                            || c >= 0x10000) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
