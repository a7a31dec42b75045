package org.opendisclosure.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.FixtureSite;
import org.opendisclosure.GeneratedContent;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * The shortcut past SnakeYAML's resolver never changes what a value is: wherever
 * {@link ScalarResolution#plainlyText} says a plain value is text, the resolver says so too — for
 * every plain value of the bundled content and of a generated city, for every value of a few
 * characters over an alphabet of the characters that YAML 1.1 types are made of, and for values
 * chosen to sit at the edges (a leading zero, a sign, an exponent, a time, a date).
 */
class ScalarResolutionTest {

    private final ScalarResolution resolution = new ScalarResolution();

    @TempDir
    Path dir;

    @Test
    void theShortcutAgreesWithTheResolverOnEveryPlainValueOfTheContent() throws Exception {
        Set<String> values = new LinkedHashSet<>();
        plainValues(FixtureSite.repositoryRoot().resolve("content"), values);
        plainValues(GeneratedContent.city(200, dir.resolve("city"), 3), values);
        int shortcut = assertAgree(values);
        // Most values of real content are names, prose, targets and amounts: the shortcut must serve them.
        assertTrue(shortcut > values.size() / 2, shortcut + " of " + values.size());
    }

    @Test
    void theShortcutAgreesWithTheResolverOnEdgeValues() throws Exception {
        List<String> values = List.of("1", "9", "10", "123.45", "1.", "1.2.3", "100000000000000000000000.5",
                "2275473.79", "0", "0.5", "00", "01", "08", "0x1F", "0b101", "1_000", "1e5", "1E5", "1.5e3",
                "+1", "-1", "-1.5", ".5", ".inf", "12:30", "190:20:30", "2024-01-01", "2024-01-01 12:00:00",
                "1,000", "1 000", "1%", "1元", "≥98%", "产出指标", "～", "ｙes", "Ｎull", "\u0085x", "\u00a0",
                "yes", "No", "on", "OFF", "y", "n", "true", "False", "~", "null", "Null", "NULL", "<<", "=",
                "p-d069-u01-15", "a", "z", "Z", "_", "#x", "@x", "x:y");
        assertAgree(values);
        assertTrue(ScalarResolution.plainlyText("2275473.79"));
        assertTrue(ScalarResolution.plainlyText("≥98%"));
        assertFalse(ScalarResolution.plainlyText("0.5"));
        assertFalse(ScalarResolution.plainlyText("1e5"));
        assertFalse(ScalarResolution.plainlyText("12:30"));
        assertFalse(ScalarResolution.plainlyText("null"));
    }

    @Test
    void theShortcutAgreesWithTheResolverOnShortValuesOverTheCharactersOfTypes() throws Exception {
        String alphabet = "0123456789._:+-eExXbBoOnNuUlLyYtTfFaAsS~<= ,%中≥\u00a0\u2028";
        Random random = new Random(12);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            StringBuilder value = new StringBuilder();
            int length = 1 + random.nextInt(8);
            for (int c = 0; c < length; c++) {
                value.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            values.add(value.toString());
        }
        int shortcut = assertAgree(values);
        assertTrue(shortcut > 1_000, shortcut + " values took the shortcut");
    }

    /** Asserts that every value the shortcut calls text is text to the resolver; how many it called so. */
    private int assertAgree(Iterable<String> values) throws ScalarResolution.Malformed {
        int shortcut = 0;
        for (String value : values) {
            if (!value.isEmpty() && ScalarResolution.plainlyText(value)) {
                shortcut++;
                assertEquals(ScalarResolution.Kind.TEXT, resolution.resolved(value), value);
            }
        }
        return shortcut;
    }

    /** Every plain (unquoted, untagged) scalar value of the YAML files under {@code root}. */
    private static void plainValues(Path root, Set<String> values) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
        }
        assertFalse(files.isEmpty(), root.toString());
        for (Path file : files) {
            Parser parser = new ParserImpl(new StreamReader(Files.readString(file, StandardCharsets.UTF_8)),
                    new LoaderOptions());
            while (parser.peekEvent() != null) {
                Event event = parser.getEvent();
                if (event instanceof ScalarEvent scalar && scalar.getTag() == null
                        && scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN) {
                    values.add(scalar.getValue());
                }
                if (event.is(Event.ID.StreamEnd)) {
                    break;
                }
            }
        }
    }
}
