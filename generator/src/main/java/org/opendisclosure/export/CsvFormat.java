package org.opendisclosure.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.opendisclosure.io.FileContent;

/**
 * CSV the way Excel opens Chinese text correctly and every other reader too: UTF-8 with a
 * byte-order mark, comma-separated, CRLF line ends, fields quoted when they hold a comma, a quote
 * or a line break (RFC 4180).
 *
 * <p>Content is untrusted, and a spreadsheet runs a cell that starts with {@code =}, {@code +},
 * {@code -} or {@code @} as a formula. So a <em>text</em> cell starting with one of those (or with
 * a tab or carriage return) gets a leading apostrophe, as OWASP advises against CSV injection:
 * a published target such as {@code =365(天)} reads {@code '=365(天)}. Numbers, negative ones
 * included, are never changed;
 * the JSON files carry every text exactly.
 */
public final class CsvFormat {

    private static final Pattern PLAIN_NEGATIVE_NUMBER = Pattern.compile("-\\d+(\\.\\d+)?");

    /** The UTF-8 byte-order mark. */
    public static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvFormat() {
    }

    /** The CSV of an open-data table: the column names, then the rows. */
    public static byte[] of(OpenDataTable table) {
        return FileContent.inMemory(out -> write(table, out));
    }

    /**
     * Writes {@link #of(OpenDataTable)}'s bytes to {@code out} line by line as they are made, so a
     * year's table (36 MB of indicators at a city's scale) is never held whole; does not close it.
     */
    public static void write(OpenDataTable table, OutputStream out) throws IOException {
        out.write(BOM);
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        StringBuilder line = new StringBuilder();
        line(line, table.fields().stream().map(f -> (Object) f.name()).toList());
        for (List<?> row : table.rows()) {
            if (line.length() >= 1 << 13) {
                text.append(line);
                line.setLength(0);
            }
            line(line, row);
        }
        text.append(line);
        text.flush();
    }

    /** The CSV of rows of cells that are all text: a table as a page shows it. */
    public static byte[] ofText(List<String> header, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder();
        line(csv, List.copyOf(header));
        rows.forEach(row -> line(csv, List.copyOf(row)));
        return withBom(csv);
    }

    private static byte[] withBom(StringBuilder csv) {
        byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, bytes, 0, BOM.length);
        System.arraycopy(body, 0, bytes, BOM.length, body.length);
        return bytes;
    }

    private static void line(StringBuilder csv, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(values.get(i)));
        }
        csv.append("\r\n");
    }

    /** One field, guarded and quoted as needed. */
    static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Integer || value instanceof Long) {
            return value.toString();
        }
        String text = guarded(value.toString());
        return needsQuotes(text) ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static boolean needsQuotes(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    /**
     * Text a spreadsheet would take for a formula, made inert with a leading apostrophe. A plain
     * negative number ({@code -1000.50}) is a number, not a formula, and stays as it is.
     */
    static String guarded(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0
                && !PLAIN_NEGATIVE_NUMBER.matcher(text).matches()) {
            return "'" + text;
        }
        return text;
    }
}
