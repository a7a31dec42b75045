package org.opendisclosure.export;

/**
 * A column of an open-data table, as its CSV header names it and {@code datapackage.json}
 * describes it.
 *
 * @param name        the machine name: the CSV header and the JSON key; the content's own YAML key
 *                    where there is one ({@code annual_total}, {@code general_budget})
 * @param title       the Chinese name a reader knows it by (年度资金申请总额)
 * @param type        the Table Schema type
 * @param columnType  the Fiscal Data Package column type ({@code value},
 *                    {@code functional-classification:generic:level3:code}), or null where none fits
 * @param description what the column holds, in Chinese, or empty
 */
public record OpenDataField(String name, String title, Type type, String columnType, String description) {

    /** Table Schema field types used here. */
    public enum Type {
        STRING("string"), INTEGER("integer"), NUMBER("number");

        private final String schemaName;

        Type(String schemaName) {
            this.schemaName = schemaName;
        }

        /** The name Table Schema gives the type. */
        public String schemaName() {
            return schemaName;
        }
    }

    public static OpenDataField text(String name, String title, String columnType, String description) {
        return new OpenDataField(name, title, Type.STRING, columnType, description);
    }

    /** An amount in 元: a Fiscal Data Package {@code value}. */
    public static OpenDataField amount(String name, String title, String description) {
        return new OpenDataField(name, title, Type.NUMBER, "value", description);
    }
}
