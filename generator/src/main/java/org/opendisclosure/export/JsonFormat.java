package org.opendisclosure.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.core.util.Separators.Spacing;

import org.opendisclosure.io.FileContent;

/**
 * JSON files written the same way on every machine: UTF-8 without a byte-order mark, two-space
 * indent, {@code \n} line ends (not the platform's), keys in the order given, amounts as exact
 * decimal numbers ({@code 73985000.40}, never a binary float).
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
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            json.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Spacing.AFTER))
                    .withObjectIndenter(indenter).withArrayIndenter(indenter));
            body.write(json);
        }
        out.write('\n');
    }

    /** An open-data table as an array of objects, one per row, keyed by column name. */
    public static byte[] of(OpenDataTable table) {
        return write(body(table));
    }

    /** Writes {@link #of(OpenDataTable)}'s bytes to {@code out} as they are made; does not close it. */
    public static void write(OpenDataTable table, OutputStream out) throws IOException {
        write(body(table), out);
    }

    private static Body body(OpenDataTable table) {
        return json -> {
            json.writeStartArray();
            for (var row : table.rows()) {
                json.writeStartObject();
                for (int i = 0; i < row.size(); i++) {
                    json.writeFieldName(table.fields().get(i).name());
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
