package org.opendisclosure.importer;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.opendisclosure.problem.Problem;
import org.opendisclosure.problem.ProblemCodes;
import org.opendisclosure.problem.Severity;
import org.opendisclosure.problem.SourcePosition;

/**
 * Opens an untrusted {@code .xlsx} file and reads its sheets into {@link SheetGrid}s, in bounded
 * time and memory: the file's size, the number of sheets, rows and columns are limited here, the
 * size of what its parts expand to by {@link PoiLimits}. A workbook with macros is refused before
 * any of it is parsed; links to other workbooks are ignored and reported; a formula cell gives the
 * value last calculated, and a note says so. Every refusal is a {@link Problem} with a message for
 * people, never an exception.
 */
public final class WorkbookOpener {

    /** Largest workbook file accepted: real budget workbooks are a few hundred KiB. */
    public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;
    /** Most sheets read. */
    public static final int MAX_SHEETS = 64;
    /** Most rows a sheet may have. */
    public static final int MAX_ROWS = 10_000;
    /** Most columns read; cells further right are ignored. */
    public static final int MAX_COLUMNS = 64;

    private static final Pattern MACROS = Pattern.compile("/xl/vbaProject\\.bin", Pattern.CASE_INSENSITIVE);
    private static final Pattern EXTERNAL_LINKS = Pattern.compile("/xl/externalLinks/.*", Pattern.CASE_INSENSITIVE);

    /** The sheets read, and what was refused or noted on the way. */
    public record Opened(List<SheetGrid> sheets, List<Problem> problems) {
        public Opened {
            sheets = List.copyOf(sheets);
            problems = List.copyOf(problems);
        }
    }

    /** Reads {@code file}, named {@code displayName} in messages. */
    public Opened open(Path file, String displayName) {
        PoiLimits.apply();
        List<Problem> problems = new ArrayList<>();
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsm") || lower.endsWith(".xltm")) {
            return refused(displayName, "含宏的工作簿（.xlsm）不能导入：宏可能执行代码。请在 Excel 中另存为“Excel 工作簿（*.xlsx）”后再导入。");
        }
        if (lower.endsWith(".xls")) {
            return refused(displayName, "这是旧版 Excel 文件（.xls），只能导入 .xlsx：请在 Excel 中另存为“Excel 工作簿（*.xlsx）”。");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            return refused(displayName, "无法读取文件：" + e.getMessage());
        }
        if (size > MAX_FILE_BYTES) {
            return refused(displayName, "文件有 " + size + " 字节，超过导入上限 " + MAX_FILE_BYTES
                    + " 字节（16 MiB）；预算工作簿通常不到 1 MiB，请确认选对了文件。");
        }
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            if (!pkg.getPartsByName(MACROS).isEmpty()
                    || pkg.getPartsByContentType("application/vnd.ms-excel.sheet.macroEnabled.main+xml").size() > 0) {
                return refused(displayName, "工作簿含有宏（vbaProject.bin），不能导入：宏可能执行代码。请删除宏并另存为“Excel 工作簿（*.xlsx）”后再导入。");
            }
            List<PackagePart> links = pkg.getPartsByName(EXTERNAL_LINKS);
            if (!links.isEmpty()) {
                problems.add(new Problem(Severity.WARNING, ProblemCodes.WORKBOOK_EXTERNAL_LINK,
                        SourcePosition.cell(displayName, "", "").withoutSheet(), "", "",
                        "工作簿链接到 " + links.size() + " 个其他工作簿；链接已忽略，不会打开或更新，引用它们的单元格按最后一次计算的值导入。"));
            }
            try (XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
                return read(workbook, displayName, problems);
            }
        } catch (OLE2NotOfficeXmlFileException e) {
            return refused(displayName, "这是旧版 Excel 文件（.xls）或加密的工作簿，只能导入未加密的 .xlsx：请在 Excel 中另存为“Excel 工作簿（*.xlsx）”。");
        } catch (NotOfficeXmlFileException e) {
            return refused(displayName, "不是 Excel 工作簿（.xlsx）：文件不是 Office Open XML 格式。");
        } catch (InvalidFormatException | IOException | RuntimeException e) {
            return refused(displayName, explain(e));
        }
    }

    /** A refusal in words: POI's zip-bomb and size guards, or a damaged file. */
    private static String explain(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb")) {
                return "工作簿被拒绝：其中的数据解压后比压缩时大 100 倍以上（疑似“压缩炸弹”）。请从原系统重新导出。";
            }
            if (message.contains("exceeds the maximum") || message.contains("too large")
                    || message.contains("max length") || message.contains("The uncompressed data size")) {
                return "工作簿被拒绝：其中一部分解压后超过 " + PoiLimits.MAX_ENTRY_BYTES / (1024 * 1024)
                        + " MiB 的上限（预算表通常只有几百 KiB）。请确认选对了文件。";
            }
        }
        return "工作簿已损坏或格式不对，无法读取（" + e.getClass().getSimpleName() + "）。请从原系统重新导出 .xlsx。";
    }

    private static Opened refused(String displayName, String message) {
        return new Opened(List.of(), List.of(new Problem(Severity.ERROR, ProblemCodes.WORKBOOK,
                SourcePosition.startOf(displayName).withoutLine(), "", "", message)));
    }

    private static Opened read(XSSFWorkbook workbook, String displayName, List<Problem> problems) {
        List<SheetGrid> sheets = new ArrayList<>();
        int count = workbook.getNumberOfSheets();
        if (count > MAX_SHEETS) {
            problems.add(new Problem(Severity.ERROR, ProblemCodes.WORKBOOK, SourcePosition.startOf(displayName)
                    .withoutLine(), "", "", "工作簿有 " + count + " 个工作表，超过上限 " + MAX_SHEETS + " 个。"));
            return new Opened(List.of(), problems);
        }
        for (int s = 0; s < count; s++) {
            XSSFSheet sheet = workbook.getSheetAt(s);
            int lastRow = sheet.getLastRowNum();
            if (lastRow >= MAX_ROWS) {
                problems.add(new Problem(Severity.ERROR, ProblemCodes.WORKBOOK,
                        SourcePosition.cell(displayName, sheet.getSheetName(), ""), "", "",
                        "工作表有 " + (lastRow + 1) + " 行，超过上限 " + MAX_ROWS + " 行；预算表通常只有几百行，请删除多余的行或确认选对了文件。"));
                continue;
            }
            sheets.add(grid(sheet, displayName, problems));
        }
        return new Opened(sheets, problems);
    }

    private static SheetGrid grid(XSSFSheet sheet, String displayName, List<Problem> problems) {
        Map<Integer, Map<Integer, GridCell>> rows = new TreeMap<>();
        int rowCount = 0;
        int formulas = 0;
        String firstFormula = null;
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getColumnIndex() >= MAX_COLUMNS) {
                    continue;
                }
                boolean formula = cell.getCellType() == CellType.FORMULA;
                CellType type = formula ? cell.getCachedFormulaResultType() : cell.getCellType();
                String text;
                BigDecimal number = null;
                switch (type) {
                    case NUMERIC -> {
                        if (org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
                            // A date cell: its day, as content files write dates (2024-01-01).
                            text = cell.getLocalDateTimeCellValue().toLocalDate().toString();
                            break;
                        }
                        // Excel shows at most 15 significant digits; this is that text, so 559.3 is
                        // 559.3 and not 559.299999999999954525…, and an amount in 分 stays exact.
                        text = NumberToTextConverter.toText(cell.getNumericCellValue());
                        number = new BigDecimal(text);
                    }
                    case STRING -> text = cell.getStringCellValue();
                    case BOOLEAN -> text = Boolean.toString(cell.getBooleanCellValue());
                    default -> text = "";
                }
                text = text.strip();
                if (text.isEmpty()) {
                    continue;
                }
                if (formula) {
                    formulas++;
                    if (firstFormula == null) {
                        firstFormula = cell.getAddress().formatAsString();
                    }
                }
                rows.computeIfAbsent(row.getRowNum(), r -> new TreeMap<>()).put(cell.getColumnIndex(),
                        new GridCell(row.getRowNum(), cell.getColumnIndex(), text, number, formula, false));
                rowCount = Math.max(rowCount, row.getRowNum() + 1);
            }
        }
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            Map<Integer, GridCell> top = rows.get(range.getFirstRow());
            GridCell first = top == null ? null : top.get(range.getFirstColumn());
            if (first == null) {
                continue;
            }
            for (int r = range.getFirstRow(); r <= Math.min(range.getLastRow(), MAX_ROWS); r++) {
                for (int c = range.getFirstColumn(); c <= Math.min(range.getLastColumn(), MAX_COLUMNS - 1); c++) {
                    if (r == range.getFirstRow() && c == range.getFirstColumn()) {
                        continue;
                    }
                    rows.computeIfAbsent(r, k -> new TreeMap<>()).put(c,
                            new GridCell(r, c, first.text(), null, false, true));
                }
            }
            rowCount = Math.max(rowCount, Math.min(range.getLastRow(), MAX_ROWS) + 1);
        }
        if (formulas > 0) {
            problems.add(new Problem(Severity.NOTE, ProblemCodes.WORKBOOK_FORMULA,
                    SourcePosition.cell(displayName, sheet.getSheetName(), firstFormula), "", "",
                    formulas + " 个单元格是公式（第一个在 " + firstFormula + "）：导入的是 Excel 最后一次计算的结果，公式本身不导入；导入后的检查会核对合计。"));
        }
        Map<Integer, Map<Integer, GridCell>> frozen = new HashMap<>();
        rows.forEach((r, line) -> frozen.put(r, Map.copyOf(line)));
        return new SheetGrid(displayName, sheet.getSheetName(), Map.copyOf(frozen), rowCount);
    }
}
