package org.opendisclosure.export;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * {@code datapackage.json}: a Frictionless Tabular Data Package describing every open-data file —
 * path, format, encoding, size, SHA-256 and a Table Schema whose fields are the CSV header — with
 * the Fiscal Data Package's {@code columnType} on each field where one fits, and the currency as a
 * constant extra field of every table with amounts.
 */
final class DataPackage {

    /** The name of the file, in the data folder beside the year folders. */
    static final String FILE_NAME = "datapackage.json";

    private DataPackage() {
    }

    /**
     * The descriptor of {@code files}, each the CSV or JSON of the table at the same index of
     * {@code tables}; resource paths are relative to the data folder.
     */
    static byte[] describe(String title, String description, List<OpenDataTable> tables, List<DataFile> files,
            String folder) {
        return JsonFormat.write(json -> {
            json.writeStartObject();
            json.writeStringField("profile", "tabular-data-package");
            json.writeStringField("name", "budget-disclosure");
            json.writeStringField("title", title);
            if (!description.isEmpty()) {
                json.writeStringField("description", description);
            }
            json.writeArrayFieldStart("resources");
            for (int i = 0; i < files.size(); i++) {
                resource(json, tables.get(i), files.get(i), folder);
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private static void resource(JsonGenerator json, OpenDataTable table, DataFile file, String folder)
            throws IOException {
        boolean csv = file.format().equals("CSV");
        json.writeStartObject();
        json.writeStringField("name", table.name() + "-" + table.year() + (csv ? "-csv" : "-json"));
        json.writeStringField("path", file.path().substring(folder.length()));
        json.writeStringField("profile", "tabular-data-resource");
        json.writeStringField("title", table.title());
        json.writeStringField("description", table.description());
        json.writeStringField("format", csv ? "csv" : "json");
        json.writeStringField("mediatype", csv ? "text/csv" : "application/json");
        json.writeStringField("encoding", csv ? "utf-8-sig" : "utf-8");
        json.writeNumberField("bytes", file.size());
        json.writeStringField("hash", "sha256:" + file.sha256());
        if (csv) {
            json.writeObjectFieldStart("dialect");
            json.writeStringField("delimiter", ",");
            json.writeStringField("lineTerminator", "\r\n");
            json.writeBooleanField("header", true);
            json.writeEndObject();
        }
        json.writeObjectFieldStart("schema");
        json.writeArrayFieldStart("fields");
        for (OpenDataField field : table.fields()) {
            json.writeStartObject();
            json.writeStringField("name", field.name());
            json.writeStringField("title", field.title());
            json.writeStringField("type", field.type().schemaName());
            if (field.type() == OpenDataField.Type.NUMBER) {
                json.writeBooleanField("bareNumber", true);
            }
            if (field.columnType() != null) {
                json.writeStringField("columnType", field.columnType());
            }
            String description = field.description();
            if (csv && field.type() == OpenDataField.Type.STRING) {
                description = (description.isEmpty() ? "" : description + "。")
                        + "CSV 中以 = + - @ 开头的文字前加一个撇号（'），以免电子表格当作公式";
            }
            if (!description.isEmpty()) {
                json.writeStringField("description", description);
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("primaryKey");
        for (String key : table.primaryKey()) {
            json.writeString(key);
        }
        json.writeEndArray();
        json.writeStringField("missingValues", "");
        if (table.hasAmounts()) {
            json.writeArrayFieldStart("extraFields");
            json.writeStartObject();
            json.writeStringField("name", "currency");
            json.writeStringField("title", "币种");
            json.writeStringField("type", "string");
            json.writeStringField("columnType", "value-currency:code");
            json.writeStringField("constant", "CNY");
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeEndObject();
    }
}
