package org.opendisclosure.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opendisclosure.FixtureSite;

/**
 * Every bundled content file validates against the schema of its kind, and names that schema in
 * its first line, so that an editor checks it while it is written.
 */
class BundledContentMatchesSchemaTest {

    private static final Pattern MODELINE = Pattern.compile("# yaml-language-server: \\$schema=(\\S+)");

    @TestFactory
    Stream<DynamicTest> everyBundledFileValidatesAgainstItsKindsSchema() throws IOException {
        return bundledFiles().stream().map(file -> DynamicTest.dynamicTest(contentPath(file), () -> {
            ContentKind kind = kindOf(file);
            var errors = ContentSchemas.validate(kind, Files.readString(file));
            assertEquals("", ContentSchemas.describe(errors), contentPath(file) + " against " + kind.schemaFileName());
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyBundledFileStartsWithAModelineToItsKindsSchema() throws IOException {
        return bundledFiles().stream().map(file -> DynamicTest.dynamicTest(contentPath(file), () -> {
            String firstLine = Files.readAllLines(file).get(0);
            Matcher modeline = MODELINE.matcher(firstLine);
            assertTrue(modeline.matches(), contentPath(file) + " starts with: " + firstLine);
            Path target = file.getParent().resolve(modeline.group(1)).normalize();
            Path expected = ContentSchemas.sourceDirectory().resolve(kindOf(file).schemaFileName()).normalize();
            assertEquals(expected, target, contentPath(file) + " points at another schema");
            assertTrue(Files.isRegularFile(target), target + " does not exist");
        }));
    }

    static List<Path> bundledFiles() throws IOException {
        Path content = FixtureSite.repositoryRoot().resolve("content");
        try (Stream<Path> walk = Files.walk(content)) {
            List<Path> files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted().toList();
            assertTrue(files.size() > 20, "the bundled content is where it should be: " + content);
            return files;
        }
    }

    static ContentKind kindOf(Path file) {
        return ContentKind.ofContentPath(contentPath(file))
                .orElseThrow(() -> new AssertionError(file + " is not a content file the loader reads"));
    }

    /** The path below {@code content/}, with forward slashes. */
    static String contentPath(Path file) {
        return FixtureSite.repositoryRoot().resolve("content").relativize(file).toString().replace('\\', '/');
    }
}
