package org.opendisclosure.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import org.junit.jupiter.api.Test;

/** A table is one JSON array whose rows each stand on a line of their own. */
class JsonFormatTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static final OpenDataTable TABLE = new OpenDataTable("t", 2024, "表", "一行一个项目",
            List.of(OpenDataField.text("project", "项目", "string", "编号"),
                    OpenDataField.amount("amount", "金额", "元")),
            List.of("project"),
            List.of(Arrays.asList("a,\"b\"\n", new BigDecimal("73985000.40")),
                    Arrays.asList("上海", null),
                    Arrays.asList("c", new BigDecimal("12000"))));

    @Test
    void eachRowIsALineThatParsesOnItsOwnAndTheWholeIsTheSameArray() throws Exception {
        String text = new String(JsonFormat.of(TABLE), StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertEquals(5, lines.size(), text);
        assertEquals("[", lines.get(0));
        assertEquals("]", lines.get(4));
        assertTrue(text.endsWith("]\n"));
        for (int i = 0; i < 3; i++) {
            String line = lines.get(i + 1);
            JsonNode row = JSON.readTree(i < 2 ? line.substring(0, line.length() - 1) : line);
            assertEquals(JSON.readTree(text).get(i), row, "row " + i + " as the whole array has it");
        }
        JsonNode first = JSON.readTree(text).get(0);
        assertEquals("a,\"b\"\n", first.get("project").asText());
        assertEquals(0, new BigDecimal("73985000.40").compareTo(first.get("amount").decimalValue()), "exact decimal");
        assertEquals("73985000.40", lines.get(1).replaceAll(".*\"amount\":", "").replace("},", ""),
                "the amount as written, with its scale");
        assertEquals(JsonNodeFactory.instance.nullNode(), JSON.readTree(text).get(1).get("amount"));
    }

    @Test
    void aTableWithoutRowsIsAnEmptyArrayAndStreamedBytesAreTheSame() throws Exception {
        assertEquals("[ ]\n", new String(JsonFormat.of(TABLE.withoutRows()), StandardCharsets.UTF_8));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        JsonFormat.write(TABLE, out);
        assertEquals(new String(JsonFormat.of(TABLE), StandardCharsets.UTF_8), out.toString(StandardCharsets.UTF_8));
    }
}
