package org.opendisclosure.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvFormatTest {

    @Test
    void quotesOnlyWhatNeedsIt() {
        assertEquals("plain", CsvFormat.field("plain"));
        assertEquals("\"a,b\"", CsvFormat.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvFormat.field("say \"hi\""));
        assertEquals("\"two\nlines\"", CsvFormat.field("two\nlines"));
        assertEquals("", CsvFormat.field(null));
    }

    @Test
    void numbersAreExactAndPlain() {
        assertEquals("73985000.40", CsvFormat.field(new BigDecimal("73985000.40")));
        assertEquals("-1000", CsvFormat.field(new BigDecimal("-1000")));
        assertEquals("10000000000", CsvFormat.field(new BigDecimal("1E+10")));
        assertEquals("2019", CsvFormat.field(2019));
    }

    @Test
    void textThatASpreadsheetWouldRunIsMadeInert() {
        assertEquals("'=365(天)", CsvFormat.field("=365(天)"));
        assertEquals("'+1+cmd|' /C calc'!A0", CsvFormat.field("+1+cmd|' /C calc'!A0"));
        assertEquals("'-2+3", CsvFormat.field("-2+3"));
        assertEquals("-1000.50", CsvFormat.field("-1000.50"), "a negative amount shown in a table stays a number");
        assertEquals("'@SUM(A1)", CsvFormat.field("@SUM(A1)"));
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", CsvFormat.field("=HYPERLINK(\"http://x\",\"y\")"));
        assertEquals("≥98(%)", CsvFormat.field("≥98(%)"));
    }

    @Test
    void filesHaveAByteOrderMarkAndCrlfLineEnds() {
        byte[] csv = CsvFormat.ofText(List.of("名称", "金额"), List.of(List.of("热线", "1.00")));
        assertEquals("[-17, -69, -65]", Arrays.toString(Arrays.copyOf(csv, 3)));
        assertEquals("名称,金额\r\n热线,1.00\r\n", new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8));
        assertEquals(List.of(List.of("名称", "金额"), List.of("热线", "1.00")), CsvReader.read(csv));
    }

    @Test
    void aTableOfManyRowsComesBackRowForRowWhenStreamedInPieces() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            rows.add(List.of("项目" + i + "，含\"引号\"与,逗号", new BigDecimal(i + ".05")));
        }
        OpenDataTable table = new OpenDataTable("t", 2024, "表", "", List.of(
                OpenDataField.text("name", "名称", "name", ""), OpenDataField.amount("amount", "金额", "")),
                List.of("name"), rows);
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        CsvFormat.write(table, streamed);
        byte[] csv = streamed.toByteArray();
        assertTrue(csv.length > 3 * (1 << 13), "spans several pieces: " + csv.length);
        assertArrayEquals(CsvFormat.of(table), csv);
        List<List<String>> read = CsvReader.read(csv);
        assertEquals(3001, read.size());
        assertEquals(List.of("name", "amount"), read.get(0));
        for (int i = 0; i < 3000; i++) {
            assertEquals(List.of("项目" + i + "，含\"引号\"与,逗号", i + ".05"), read.get(i + 1));
        }
    }

}
