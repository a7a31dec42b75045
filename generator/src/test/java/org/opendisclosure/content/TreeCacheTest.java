package org.opendisclosure.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.FixtureSite;
import org.opendisclosure.model.Content;
import org.opendisclosure.problem.Problem;
import org.opendisclosure.problem.ProblemCollector;

/**
 * The trees of content files kept between builds: a load that reads trees back gives exactly the
 * content and the problems of a load that parses every file, whatever state the cache file is in.
 */
class TreeCacheTest {

    private static final String KEY = "engine test\nlimits " + ContentLimits.DEFAULT;

    @TempDir
    Path dir;

    /** The bundled content and the loader's regression inputs: every file that reads without a problem. */
    private static List<Path> yamlFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(FixtureSite.repositoryRoot().resolve("content"),
                Path.of("src/test/resources/org/opendisclosure/content/YamlLoaderFuzzTestInputs"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        return files;
    }

    @Test
    void everyTreeComesBackAsItWasReadWithTheNameOfTheFileBeingLoaded() throws Exception {
        YamlTreeReader yaml = new YamlTreeReader(ContentLimits.DEFAULT);
        int trees = 0;
        for (Path file : yamlFiles()) {
            byte[] bytes = Files.readAllBytes(file);
            ProblemCollector problems = new ProblemCollector();
            var read = yaml.read("a.yaml", bytes, problems);
            if (read.isEmpty() || !problems.sorted().isEmpty()) {
                continue;
            }
            byte[] payload = TreeCodec.encode(read.get());
            assertEquals(read.get(), TreeCodec.decode(payload, 0, payload.length, "a.yaml", new StringPool(), 33),
                    file.toString());
            YamlNode renamed = TreeCodec.decode(payload, 0, payload.length, "b.yaml", new StringPool(), 33);
            assertEquals(yaml.read("b.yaml", bytes, new ProblemCollector()).orElseThrow(), renamed, file.toString());
            trees++;
        }
        assertTrue(trees > 40, "trees compared: " + trees);
    }

    @Test
    void theCodecRefusesBytesItDidNotWriteAndNeverThrowsAnythingElse() throws Exception {
        byte[] bundled = Files.readAllBytes(FixtureSite.repositoryRoot().resolve("content/site.yaml"));
        byte[] payload = TreeCodec.encode(new YamlTreeReader(ContentLimits.DEFAULT)
                .read("site.yaml", bundled, new ProblemCollector()).orElseThrow());
        Random random = new Random(7);
        int refused = 0;
        for (int i = 0; i < 20_000; i++) {
            byte[] bytes = payload.clone();
            int changes = 1 + random.nextInt(4);
            for (int c = 0; c < changes; c++) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            int length = random.nextInt(10) == 0 ? random.nextInt(bytes.length) : bytes.length;
            try {
                TreeCodec.decode(bytes, 0, length, "site.yaml", new StringPool(), 33);
            } catch (TreeCodec.Corrupt e) {
                refused++;
            }
        }
        assertTrue(refused > 1_000, "refused: " + refused);
        // Nesting deeper than allowed, as a corrupt payload could claim: refused, not a stack overflow.
        byte[] deep = new byte[4 * 100_000];
        for (int i = 0; i < 100_000; i++) {
            deep[4 * i] = 2; // a sequence
            deep[4 * i + 1] = 1; // at line 1
            deep[4 * i + 2] = 1; // column 1
            deep[4 * i + 3] = 1; // of one item, the next level
        }
        byte[] nested = java.util.Arrays.copyOf(deep, deep.length + 1);
        boolean refusedDeep = false;
        try {
            TreeCodec.decode(nested, 0, nested.length, "a.yaml", new StringPool(), 33);
        } catch (TreeCodec.Corrupt e) {
            refusedDeep = true;
        }
        assertTrue(refusedDeep);
    }

    private record Loaded(Content content, List<String> problems, int reused, int added, List<String> notes) {
    }

    private Loaded load(Path content, Path cache) {
        List<String> notes = new ArrayList<>();
        TreeCache trees = cache == null ? TreeCache.none()
                : TreeCache.open(cache, KEY, ContentLimits.DEFAULT, notes::add);
        ProblemCollector problems = new ProblemCollector();
        Content loaded = new ContentLoader(ContentLimits.DEFAULT, 2, trees).load(content, dir, problems);
        trees.finish(notes::add);
        return new Loaded(loaded, problems.sorted().stream().map(Problem::format).toList(), trees.reused(),
                trees.added(), notes);
    }

    private static long yamlCount(Path content) throws IOException {
        try (Stream<Path> walk = Files.walk(content)) {
            return walk.filter(p -> p.toString().endsWith(".yaml")).count();
        }
    }

    @Test
    void everyFileReadHasTheSha256OfItsBytesUnderTheNameTheBuildShowsForIt() throws Exception {
        Path content = FixtureSite.copyOfBundledContent(dir.resolve("content"));
        TreeCache trees = TreeCache.open(dir.resolve("cache"), KEY, ContentLimits.DEFAULT, note -> { });
        new ContentLoader(ContentLimits.DEFAULT, 2, trees).load(content, dir, new ProblemCollector());
        trees.finish(note -> { });
        java.util.Map<String, byte[]> digests = trees.digests();
        List<Path> yaml;
        try (Stream<Path> walk = Files.walk(content)) {
            yaml = walk.filter(p -> p.toString().endsWith(".yaml")).toList();
        }
        assertEquals(yaml.size(), digests.size(), digests.keySet().toString());
        for (Path file : yaml) {
            byte[] expected = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            assertTrue(java.util.Arrays.equals(expected, digests.get(ContentLoader.display(dir, file))),
                    "the build record looks files up by ContentLoader.display: " + file);
        }
        assertEquals(java.util.Map.of(), TreeCache.none().digests(), "no cache hashes nothing");
    }

    @Test
    void aSecondLoadReadsEveryTreeBackAndAChangedFileIsParsedAgain() throws Exception {
        Path content = FixtureSite.copyOfBundledContent(dir.resolve("content"));
        Path cache = dir.resolve("cache");
        long files = yamlCount(content);

        Loaded first = load(content, cache);
        assertEquals(List.of(), first.notes());
        assertEquals(0, first.reused());
        assertEquals(files, first.added());

        Loaded second = load(content, cache);
        assertEquals(files, second.reused());
        assertEquals(0, second.added());
        assertEquals(load(content, null).content(), second.content());

        Path edited = content.resolve("projects/2024/hotline-12333.yaml");
        Files.writeString(edited, Files.readString(edited).replaceFirst("(?m)^name: ", "name: 改"));
        Loaded third = load(content, cache);
        assertEquals(files - 1, third.reused());
        assertEquals(1, third.added());
        Loaded parsed = load(content, null);
        assertEquals(parsed.content(), third.content());
        assertEquals(parsed.problems(), third.problems());
    }

    @Test
    void aFileWithAProblemIsNeverKeptAndIsReportedEveryTime() throws Exception {
        Path content = FixtureSite.copyOfBundledContent(dir.resolve("content"));
        Path cache = dir.resolve("cache");
        Path edited = content.resolve("projects/2024/hotline-12333.yaml");
        Files.writeString(edited, Files.readString(edited) + "\nid: twice\n");
        Loaded parsed = load(content, null);
        assertTrue(parsed.problems().stream().anyMatch(p -> p.contains("出现了两次")), parsed.problems().toString());

        Loaded first = load(content, cache);
        Loaded second = load(content, cache);
        assertEquals(yamlCount(content) - 1, second.reused());
        assertEquals(0, second.added());
        assertEquals(parsed.problems(), first.problems());
        assertEquals(parsed.problems(), second.problems());
        assertEquals(parsed.content(), second.content());
    }

    @Test
    void aDamagedForeignOrTruncatedCacheIsIgnoredWithANoteAndTheContentIsTheSame() throws Exception {
        Path content = FixtureSite.copyOfBundledContent(dir.resolve("content"));
        Path cache = dir.resolve("cache");
        Content parsed = load(content, null).content();
        long files = yamlCount(content);
        load(content, cache);
        Path file = cache.resolve(TreeCache.FILE);
        byte[] good = Files.readAllBytes(file);

        // One payload byte changed: its checksum says so, and that file alone is parsed again.
        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x20;
        Files.write(file, flipped);
        Loaded damaged = load(content, cache);
        assertEquals(List.of(), damaged.notes());
        assertEquals(files - 1, damaged.reused());
        assertEquals(parsed, damaged.content());
        assertEquals(files, load(content, cache).reused(), "the damaged entry was replaced by a good one");

        // Cut short: the end is missing, the file is not used at all.
        Files.write(file, java.util.Arrays.copyOf(good, good.length - 9));
        Loaded truncated = load(content, cache);
        assertEquals(0, truncated.reused());
        assertTrue(truncated.notes().get(0).contains("不完整") || truncated.notes().get(0).contains("损坏"),
                truncated.notes().toString());
        assertEquals(parsed, truncated.content());

        // Another tool's file, and this tool's file made under other settings.
        Files.write(file, "a file of another tool that happens to have this name\n".getBytes(StandardCharsets.UTF_8));
        Loaded foreign = load(content, cache);
        assertEquals(0, foreign.reused());
        assertTrue(foreign.notes().get(0).contains("不是本工具"), foreign.notes().toString());
        List<String> notes = new ArrayList<>();
        TreeCache other = TreeCache.open(cache, KEY + " other", ContentLimits.DEFAULT, notes::add);
        other.finish(notes::add);
        assertTrue(notes.get(0).contains("另一版本"), notes.toString());
        assertEquals(parsed, load(content, cache).content());
    }

    @Test
    void nothingIsLeftBesideTheCache() throws Exception {
        Path content = FixtureSite.copyOfBundledContent(dir.resolve("content"));
        Path cache = dir.resolve("cache");
        load(content, cache);
        load(content, cache);
        try (Stream<Path> files = Files.list(cache)) {
            assertEquals(List.of(TreeCache.FILE), files.map(p -> p.getFileName().toString()).toList());
        }
        assertFalse(Files.exists(dir.resolve("cache").resolve(TreeCache.FILE + ".new")));
    }
}
