package org.opendisclosure.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One open-data table of one year: its columns and its rows, each value a {@link String}, an
 * {@link Integer}, an exact {@link BigDecimal} or null (empty). Written once as CSV and once as
 * JSON, and described in {@code datapackage.json}.
 *
 * @param name        the file name without extension ({@code projects}); also part of the resource name
 * @param year        the budget year
 * @param title       the Chinese title shown on the data page
 * @param description one sentence on what a row is
 * @param fields      the columns, in order
 * @param primaryKey  the names of the columns that identify a row
 * @param rows        the rows, in a fixed order
 */
public record OpenDataTable(String name, int year, String title, String description, List<OpenDataField> fields,
        List<String> primaryKey, List<List<Object>> rows) {

    public OpenDataTable {
        fields = List.copyOf(fields);
        primaryKey = List.copyOf(primaryKey);
        rows = rows.stream().map(r -> Collections.unmodifiableList(new ArrayList<>(r))).toList();
        for (List<Object> row : rows) {
            if (row.size() != fields.size()) {
                throw new IllegalArgumentException(name + ": a row has " + row.size() + " values for "
                        + fields.size() + " columns");
            }
        }
    }

    /** The same table's description without its rows: what {@code datapackage.json} needs of it. */
    public OpenDataTable withoutRows() {
        return new OpenDataTable(name, year, title, description, fields, primaryKey, List.of());
    }

    /** Whether some column is an amount, so the resource declares its currency. */
    public boolean hasAmounts() {
        return fields.stream().anyMatch(f -> "value".equals(f.columnType()));
    }
}
