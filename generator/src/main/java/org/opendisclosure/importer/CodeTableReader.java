package org.opendisclosure.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.opendisclosure.problem.Problem;
import org.opendisclosure.problem.ProblemCodes;
import org.opendisclosure.problem.Severity;
import org.opendisclosure.problem.SourcePosition;

/**
 * Reads the rows of a coded table: 类/款/项 in separate columns or the whole code in one, codes
 * typed as numbers (款 {@code 1} is {@code 01}), repeated heading rows where a printed page broke,
 * blank and note rows skipped, the 合计 row kept apart. Then checks every 类/款 subtotal and the
 * total row against the sum of the rows below it, so that a subtotal row is never imported as a
 * row, and a mistyped one is reported at its cell.
 */
final class CodeTableReader {

    private final SheetTable table;
    private final List<Problem> problems;
    private final int leafLength;

    /** @param leafLength the length of the codes that are rows: 7 (项) for functional, 5 (款) for economic */
    CodeTableReader(SheetTable table, int leafLength, List<Problem> problems) {
        this.table = table;
        this.leafLength = leafLength;
        this.problems = problems;
    }

    /** Every 项 (or 款) row, in order, after checking subtotals; the 合计 row last when there is one. */
    List<CodeLine> read(List<ColumnRole> amountColumns) {
        SheetGrid grid = table.grid();
        List<CodeLine> lines = new ArrayList<>();
        for (int r = table.firstRow(); r < grid.rowCount(); r++) {
            CodeLine line = line(r, amountColumns);
            if (line != null) {
                lines.add(line);
            }
        }
        List<CodeLine> leaves = lines.stream().filter(l -> l.code().length() == leafLength).toList();
        for (CodeLine line : lines) {
            if (line.code().length() != leafLength) {
                checkSubtotal(line, leaves, amountColumns);
            }
        }
        List<CodeLine> result = new ArrayList<>(leaves);
        lines.stream().filter(l -> l.code().length() != leafLength).forEach(result::add);
        return result;
    }

    private CodeLine line(int r, List<ColumnRole> amountColumns) {
        SheetGrid grid = table.grid();
        Map<ColumnRole, Integer> columns = table.columns();
        String name = cellText(r, ColumnRole.NAME);
        String first = grid.row(r).isEmpty() ? "" : HeaderText.normal(grid.row(r).get(0).text());
        if (grid.row(r).isEmpty()) {
            return null;
        }
        String codeText = columns.containsKey(ColumnRole.CLASS) ? cellText(r, ColumnRole.CLASS) : cellText(r, ColumnRole.CODE);
        String normalCode = HeaderText.normal(codeText);
        boolean total = normalCode.equals("合计") || normalCode.equals("总计") || HeaderText.normal(name).equals("合计")
                || HeaderText.normal(name).equals("总计");
        if (!total && (ColumnRole.of(codeText) != null || ColumnRole.of(name) == ColumnRole.NAME)) {
            return null; // a heading row repeated where a printed page broke
        }
        String code = total ? "" : code(r);
        if (code == null) {
            if (hasAmount(r, amountColumns) && !first.startsWith("注") && !first.startsWith("说明")) {
                problems.add(error(r, columns.getOrDefault(ColumnRole.CLASS, columns.getOrDefault(ColumnRole.CODE, 0)),
                        ProblemCodes.WORKBOOK_VALUE, "应为科目编码（数字，如 208、20801、2080101 或分列的 208 | 01 | 01），实际为“"
                                + codeText + "”；该行未导入。"));
            }
            return null; // a blank row, or a note such as 注：…
        }
        Map<ColumnRole, BigDecimal> amounts = new EnumMap<>(ColumnRole.class);
        Map<ColumnRole, String> cells = new EnumMap<>(ColumnRole.class);
        for (ColumnRole role : amountColumns) {
            Integer column = columns.get(role);
            if (column == null) {
                continue;
            }
            GridCell cell = grid.at(r, column);
            BigDecimal amount = Amounts.of(cell);
            if (amount == null) {
                problems.add(error(r, column, ProblemCodes.WORKBOOK_VALUE, "应为金额（如 2,218,956,423 或 1073.70），实际为“"
                        + cell.text() + "”。"));
                continue;
            }
            if (amount.signum() != 0) {
                amounts.put(role, table.yuan(amount));
                cells.put(role, grid.reference(r, column));
            }
        }
        return new CodeLine(code, name, Map.copyOf(amounts), Map.copyOf(cells), grid.reference(r, 0));
    }

    private boolean hasAmount(int r, List<ColumnRole> amountColumns) {
        for (ColumnRole role : amountColumns) {
            Integer column = table.columns().get(role);
            if (column != null) {
                BigDecimal amount = Amounts.of(table.grid().at(r, column));
                if (amount == null || amount.signum() != 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The row's code, or null when the row has none: from 类/款/项 columns or one code column. */
    private String code(int r) {
        Map<ColumnRole, Integer> columns = table.columns();
        if (columns.containsKey(ColumnRole.CLASS)) {
            String cls = digits(cellText(r, ColumnRole.CLASS));
            String section = digits(cellText(r, ColumnRole.SECTION));
            String item = digits(cellText(r, ColumnRole.ITEM));
            if (cls == null || cls.isEmpty()) {
                return null;
            }
            if (cls.length() != 3) {
                return cls.length() == 5 || cls.length() == 7 ? cls : null;
            }
            String code = cls;
            if (section != null && !section.isEmpty()) {
                code = section.length() == 5 ? section : cls + pad(section);
                if (item != null && !item.isEmpty()) {
                    code = item.length() == 7 ? item : code + pad(item);
                }
            }
            return code.length() == 3 || code.length() == 5 || code.length() == 7 ? code : null;
        }
        String code = digits(cellText(r, ColumnRole.CODE));
        return code != null && (code.length() == 3 || code.length() == 5 || code.length() == 7) ? code : null;
    }

    /** {@code 1} typed as a number is 款 {@code 01}: the leading zero a number cell lost. */
    private static String pad(String part) {
        return part.length() == 1 ? "0" + part : part;
    }

    private static String digits(String text) {
        String normal = HeaderText.normal(text);
        if (normal.endsWith(".0")) {
            normal = normal.substring(0, normal.length() - 2);
        }
        return normal.chars().allMatch(Character::isDigit) ? normal : null;
    }

    private String cellText(int r, ColumnRole role) {
        Integer column = table.columns().get(role);
        return column == null ? "" : table.grid().text(r, column);
    }

    private void checkSubtotal(CodeLine line, List<CodeLine> leaves, List<ColumnRole> amountColumns) {
        for (ColumnRole role : amountColumns) {
            BigDecimal sum = BigDecimal.ZERO;
            for (CodeLine leaf : leaves) {
                if (leaf.code().startsWith(line.code())) {
                    sum = sum.add(leaf.amount(role));
                }
            }
            BigDecimal printed = line.amount(role);
            if (printed.compareTo(sum) != 0) {
                String cell = line.cells().getOrDefault(role, line.at());
                String what = line.isTotal() ? "合计" : (line.code().length() == 3 ? "类 " : "款 ") + line.code() + " 小计";
                problems.add(new Problem(Severity.ERROR, ProblemCodes.WORKBOOK_SUBTOTAL, position(cell), "", "",
                        what + "（" + role.name().toLowerCase(java.util.Locale.ROOT) + " 列）为 " + Amounts.yaml(printed)
                                + "，其下各行之和为 " + Amounts.yaml(sum) + "，相差 " + Amounts.yaml(printed.subtract(sum))
                                + "：请核对这一行或其下的行。小计行不作为数据行导入。"));
            }
        }
    }

    private Problem error(int r, int column, String code, String message) {
        return new Problem(Severity.ERROR, code, position(table.grid().reference(r, column)), "", "", message);
    }

    private SourcePosition position(String reference) {
        int bang = reference.lastIndexOf('!');
        return SourcePosition.cell(table.grid().workbook(), reference.substring(0, bang), reference.substring(bang + 1));
    }
}
