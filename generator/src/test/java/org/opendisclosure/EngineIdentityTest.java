package org.opendisclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin jar's fingerprint tells rebuilt code apart and nothing else: a jar whose entries have
 * the same names and bytes is the same engine whenever it was packed, and a jar in which one class
 * changed (even to bytes of the same length), or which gained or renamed an entry, is another.
 */
class EngineIdentityTest {

    private static final Map<String, String> CODE = new LinkedHashMap<>();

    static {
        CODE.put("META-INF/maven/org.opendisclosure/disclosure-maven-plugin/pom.properties", "version=1\n");
        CODE.put("org/opendisclosure/A.class", "class A, first version");
        CODE.put("org/opendisclosure/B.class", "class B");
    }

    @TempDir
    Path dir;

    @Test
    void aRepackedJarOfTheSameCodeIsTheSameEngine() throws IOException {
        Path first = jar("first.jar", CODE, Instant.parse("2026-01-01T00:00:00Z"));
        Path second = jar("second.jar", CODE, Instant.parse("2026-12-03T12:00:00Z"));
        assertEquals(EngineIdentity.jarFingerprint(first), EngineIdentity.jarFingerprint(second));
        assertTrue(EngineIdentity.jarFingerprint(first).matches("[0-9a-f]{64}"));
    }

    @Test
    void aClassChangedToBytesOfTheSameLengthIsAnotherEngine() throws IOException {
        String a = "org/opendisclosure/A.class";
        Map<String, String> changed = new LinkedHashMap<>(CODE);
        changed.put(a, "class A, other version");
        assertEquals(CODE.get(a).length(), changed.get(a).length());
        assertDifferent(changed);
    }

    @Test
    void anAddedOrRenamedEntryIsAnotherEngine() throws IOException {
        Map<String, String> added = new LinkedHashMap<>(CODE);
        added.put("org/opendisclosure/C.class", "");
        assertDifferent(added);

        Map<String, String> renamed = new LinkedHashMap<>(CODE);
        renamed.put("org/opendisclosure/C.class", renamed.remove("org/opendisclosure/B.class"));
        assertDifferent(renamed);
    }

    @Test
    void namesAndContentsDoNotRunTogether() throws IOException {
        Map<String, String> one = Map.of("ab", "c");
        Map<String, String> other = Map.of("a", "bc");
        assertNotEquals(EngineIdentity.jarFingerprint(jar("one.jar", one, Instant.EPOCH)),
                EngineIdentity.jarFingerprint(jar("other.jar", other, Instant.EPOCH)));
    }

    private void assertDifferent(Map<String, String> code) throws IOException {
        Instant time = Instant.parse("2026-06-01T00:00:00Z");
        assertNotEquals(EngineIdentity.jarFingerprint(jar("before.jar", CODE, time)),
                EngineIdentity.jarFingerprint(jar("after.jar", code, time)));
    }

    private Path jar(String name, Map<String, String> entries, Instant time) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                zipEntry.setLastModifiedTime(FileTime.from(time));
                zip.putNextEntry(zipEntry);
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }
}
