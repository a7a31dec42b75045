package org.opendisclosure.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.core.util.Separators.Spacing;

import org.opendisclosure.io.FileContent;

/**
 * JSON files written the same way on every machine: UTF-8 without a byte-order mark, {@code \n}
 * line ends (not the platform's), keys in the order given, amounts as exact decimal numbers
 * ({@code 73985000.40}, never a binary float). A descriptor ({@link #write(Body)}) is indented by
 * two spaces; a table ({@link #of(OpenDataTable)}) is an array with one row object per line, so
 * that a year's table is about a fifth smaller and quicker to write, a change to one row is a one-line diff, and a reader
 * can still take it line by line.
 */
public final class JsonFormat {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonFormat() {
    }

    /** Something that writes itself with a generator. */
    @FunctionalInterface
    public interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    /** The bytes {@code body} writes, pretty-printed, with a final line end. */
    public static byte[] write(Body body) {
        return FileContent.inMemory(out -> write(body, out));
    }

    /** Writes what {@code body} writes to {@code out}, pretty-printed, with a final line end; does not close it. */
    public static void write(Body body, OutputStream out) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        write(body, out, new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Spacing.AFTER))
                .withObjectIndenter(indenter).withArrayIndenter(indenter));
    }

    /**
     * An open-data table as an array of objects keyed by column name, one per row and one row per
     * line: {@code [}, then {@code {"year":2024,"project":"a",…},} on each line, then {@code ]}.
     */
    public static byte[] of(OpenDataTable table) {
        return FileContent.inMemory(out -> write(table, out));
    }

    /** Writes {@link #of(OpenDataTable)}'s bytes to {@code out} as they are made; does not close it. */
    public static void write(OpenDataTable table, OutputStream out) throws IOException {
        write(body(table), out, new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Spacing.NONE)
                        .withObjectEntrySpacing(Spacing.NONE))
                .withObjectIndenter(new DefaultPrettyPrinter.NopIndenter())
                .withArrayIndenter(new DefaultIndenter("", "\n")));
    }

    private static void write(Body body, OutputStream out, DefaultPrettyPrinter printer) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setPrettyPrinter(printer);
            body.write(json);
        }
        out.write('\n');
    }

    private static Body body(OpenDataTable table) {
        return json -> {
            // Each column's name is escaped and encoded once, not once per row.
            SerializedString[] names = table.fields().stream().map(field -> new SerializedString(field.name()))
                    .toArray(SerializedString[]::new);
            json.writeStartArray();
            for (var row : table.rows()) {
                json.writeStartObject();
                for (int i = 0; i < row.size(); i++) {
                    json.writeFieldName(names[i]);
                    value(json, row.get(i));
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        };
    }

    static void value(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof BigDecimal number) {
            json.writeNumber(number.toPlainString());
        } else if (value instanceof Integer number) {
            json.writeNumber(number);
        } else {
            json.writeString(value.toString());
        }
    }
}
