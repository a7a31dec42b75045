package org.opendisclosure.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Amounts to the 分, typed in 万元 as Excel stores them (binary doubles: 7,398.50004 万元 is
 * 7398.500039999999…), come back in 元 exactly: the importer reads the number as Excel shows it
 * and moves the decimal point, never computes with the double.
 */
class ExactAmountsTest {

    @TempDir
    Path dir;

    @Test
    void everyAmountToTheFenSurvivesTheTripThroughA10kYuanSheet() throws IOException {
        Random random = new Random(17);
        List<BigDecimal> yuan = new ArrayList<>(List.of(new BigDecimal("73985000.40"), new BigDecimal("0.01"),
                new BigDecimal("999999999999.99"), new BigDecimal("2218956423")));
        for (int i = 0; i < 2000; i++) {
            // up to 13 digits in all: 11 before the point, the 分 after it
            yuan.add(BigDecimal.valueOf(Math.floorMod(random.nextLong(), 10_000_000_000_000L), 2));
        }
        Path file = dir.resolve("wan.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = workbook.createSheet("万元");
            for (int i = 0; i < yuan.size(); i++) {
                sheet.createRow(i).createCell(0).setCellValue(yuan.get(i).movePointLeft(4).doubleValue());
            }
            workbook.write(out);
        }
        SheetGrid grid = new WorkbookOpener().open(file, "wan.xlsx").sheets().get(0);
        for (int i = 0; i < yuan.size(); i++) {
            assertEquals(0, Amounts.wanToYuan(grid.at(i, 0).number()).compareTo(yuan.get(i)),
                    yuan.get(i) + " read as " + grid.at(i, 0).text());
        }
    }

    @Test
    void moneyIsWrittenAsContentFilesWriteIt() {
        assertEquals("2,218,956,423", Amounts.yaml(new BigDecimal("2218956423")));
        assertEquals("1,073.70", Amounts.yaml(new BigDecimal("1073.70")));
        assertEquals("-1", Amounts.yaml(new BigDecimal("-1")));
        assertEquals("61,654,287", Amounts.yaml(Amounts.wanToYuan(new BigDecimal("6165.4287"))));
    }
}
