package org.opendisclosure.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.opendisclosure.problem.SourcePosition;

/** A file's key positions, kept compactly, read back exactly as they were given. */
class SourceMapTest {

    private static final String FILE = "content/2024/projects/p-01.yaml";

    @Test
    void everyPositionReadsBackAsGivenAndAMissingPathFindsItsNearestAncestor() {
        SourceMap map = new SourceMap(FILE, positions(
                "name", 3, 1,
                "funding", 5, 1,
                "funding.annual_total", 6, 3,
                "subprojects[0]", 12, 5,
                "subprojects[0].amount", 14, 7));

        assertEquals(new SourcePosition(FILE, 6, 3), map.at("funding.annual_total"));
        assertEquals(new SourcePosition(FILE, 14, 7), map.at("subprojects[0].amount"));
        assertEquals(new SourcePosition(FILE, 12, 5), map.at("subprojects[0].name"), "its list item");
        assertEquals(new SourcePosition(FILE, 5, 1), map.at("funding.sources[1].amount"), "its mapping");
        assertEquals(SourcePosition.startOf(FILE), map.at("goals"), "no ancestor: the file's start");
        assertEquals(5, map.positions().size());
        assertEquals(new SourcePosition(FILE, 3, 1), map.positions().get("name"));
    }

    @Test
    void linesAndColumnsTooLargeToPackAreKeptExactly() {
        // A file of a million lines, or a key after 3,000 characters of a flow mapping on one line.
        SourceMap map = new SourceMap(FILE, positions(
                "name", 1_048_577, 1,
                "unit", 2, 3_001,
                "year", 2_000_000_000, 2_000_000_000));

        assertEquals(new SourcePosition(FILE, 1_048_577, 1), map.at("name"));
        assertEquals(new SourcePosition(FILE, 2, 3_001), map.at("unit"));
        assertEquals(new SourcePosition(FILE, 2_000_000_000, 2_000_000_000), map.at("year"));
    }

    @Test
    void theLargestPackedLineAndColumnAreKeptExactly() {
        SourceMap map = new SourceMap(FILE, positions("name", 1_048_575, 2_047, "unit", 1_048_576, 2_048));

        assertEquals(new SourcePosition(FILE, 1_048_575, 2_047), map.at("name"));
        assertEquals(new SourcePosition(FILE, 1_048_576, 2_048), map.at("unit"));
    }

    @Test
    void mapsAreEqualByTheirPositionsHoweverTheyAreKept() {
        Map<String, SourcePosition> small = positions("name", 3, 1, "unit", 4, 1);
        Map<String, SourcePosition> large = positions("name", 3, 1, "unit", 4, 1, "year", 3_000_000, 1);

        assertEquals(new SourceMap(FILE, small), new SourceMap(FILE, small));
        assertEquals(new SourceMap(FILE, large), new SourceMap(FILE, large));
        assertNotEquals(new SourceMap(FILE, small), new SourceMap(FILE, positions("name", 3, 1, "unit", 4, 2)));
        assertNotEquals(new SourceMap(FILE, small), new SourceMap("content/other.yaml", small));
    }

    @Test
    void thePathArrayComesFromTheGivenPoolSorted() {
        AtomicReference<String[]> given = new AtomicReference<>();
        String[] shared = {"name", "unit"};
        SourceMap map = new SourceMap(FILE, positions("unit", 4, 1, "name", 3, 1), paths -> {
            given.set(paths);
            return shared;
        });

        assertEquals(java.util.List.of("name", "unit"), java.util.List.of(given.get()));
        assertEquals(new SourcePosition(FILE, 4, 1), map.at("unit"));
    }

    /** Key path, line, column, key path, line, column… */
    private static Map<String, SourcePosition> positions(Object... triples) {
        Map<String, SourcePosition> positions = new LinkedHashMap<>();
        for (int i = 0; i < triples.length; i += 3) {
            positions.put((String) triples[i], new SourcePosition(FILE, (int) triples[i + 1], (int) triples[i + 2]));
        }
        return positions;
    }
}
