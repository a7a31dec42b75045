package org.opendisclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendisclosure.content.ContentLimits;

/**
 * Same input, same bytes: the bundled site built in this JVM equals, file for file, the one a
 * separate JVM builds with another default locale, time zone and file encoding, from a copy of
 * the content and templates whose files were created in the reverse order (so directory listings
 * come back in another order). And the site carries no date of the day it was built.
 */
class DeterminismTest {

    @TempDir
    static Path dir;

    private static Path site;

    @BeforeAll
    static void build() {
        site = dir.resolve("here/site");
        Path root = FixtureSite.repositoryRoot();
        GenerationResult result = new SiteGenerator().generate(new GenerationRequest(root.resolve("content"),
                root.resolve("templates"), site, root, ContentLimits.DEFAULT));
        assertFalse(result.hasErrors(), FixtureSite.messages(result));
    }

    /**
     * Turkish upper/lower case rules (dotless ı) catch case mapping without {@code Locale.ROOT};
     * Chinese is where publishers build; UTC+14 and UTC−10 put "today" on another date than UTC.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "-Duser.language=tr -Duser.country=TR -Duser.timezone=Pacific/Kiritimati -Dfile.encoding=ISO-8859-1",
        "-Duser.language=zh -Duser.country=CN -Duser.timezone=Pacific/Honolulu -Dfile.encoding=GB18030"})
    void anotherJvmWithOtherDefaultsAndReversedFilesBuildsTheSameBytes(String defaults) throws Exception {
        Path root = FixtureSite.repositoryRoot();
        Path copy = Files.createTempDirectory(dir, "copy");
        copyInReverseOrder(root.resolve("content"), copy.resolve("content"));
        copyInReverseOrder(root.resolve("templates"), copy.resolve("templates"));
        Path theirs = copy.resolve("out/site");
        Path log = copy.resolve("build.log");
        List<String> options = new ArrayList<>(List.of(defaults.split(" ")));
        options.add("-Djava.awt.headless=true");
        Process child = SeparateJvmBuild.start(options, new GenerationRequest(copy.resolve("content"),
                copy.resolve("templates"), theirs, copy, ContentLimits.DEFAULT), log);
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the build did not end");
        assertEquals(0, child.exitValue(), SeparateJvmBuild.log(log));

        SortedMap<String, String> mine = SiteFiles.hashes(site);
        SortedMap<String, String> other = SiteFiles.hashes(theirs);
        assertEquals(mine.keySet(), other.keySet());
        List<String> differing = new ArrayList<>();
        for (Map.Entry<String, String> file : mine.entrySet()) {
            if (!file.getValue().equals(other.get(file.getKey()))) {
                differing.add(file.getKey() + "\n" + firstDifference(site.resolve(file.getKey()), theirs.resolve(file.getKey())));
            }
        }
        if (!differing.isEmpty()) {
            fail(differing.size() + " of " + mine.size() + " files differ with " + defaults + ":\n"
                    + String.join("\n", differing.subList(0, Math.min(5, differing.size()))));
        }
    }

    /**
     * A date in the output must come from the content (or, if one is ever shown, from
     * {@code project.build.outputTimestamp} / {@code SOURCE_DATE_EPOCH}), never from the clock:
     * no file mentions the date of the build, in any zone where it is already or still today.
     */
    @Test
    void theSiteDoesNotMentionTheDayItWasBuilt() throws IOException {
        LocalDate utc = LocalDate.now(ZoneOffset.UTC);
        List<String> today = new ArrayList<>();
        for (LocalDate date : List.of(utc.minusDays(1), utc, utc.plusDays(1))) {
            for (String pattern : List.of("yyyy-MM-dd", "yyyy/MM/dd", "yyyy.MM.dd", "yyyy年M月d日", "yyyy年MM月dd日",
                    "yyyyMMdd")) {
                today.add(date.format(DateTimeFormatter.ofPattern(pattern)));
            }
        }
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                today.stream().filter(text::contains).forEach(d -> found.add(site.relativize(file) + ": " + d));
            }
        }
        assertEquals(List.of(), found);
    }

    /** Copies a tree creating the deepest, last-named files first. */
    private static void copyInReverseOrder(Path from, Path to) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(Files::isRegularFile).sorted((a, b) -> b.toString().compareTo(a.toString())).toList();
        }
        for (Path source : files) {
            Path target = to.resolve(from.relativize(source).toString());
            Files.createDirectories(target.getParent());
            Files.copy(source, target);
        }
    }

    private static String firstDifference(Path a, Path b) throws IOException {
        List<String> left = Files.readAllLines(a);
        List<String> right = Files.readAllLines(b);
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            String l = i < left.size() ? left.get(i) : "(end)";
            String r = i < right.size() ? right.get(i) : "(end)";
            if (!l.equals(r)) {
                return "  line " + (i + 1) + ":\n  here:  " + abbreviate(l, r) + "\n  there: " + abbreviate(r, l);
            }
        }
        return "  (same lines)";
    }

    /** The part of {@code line} around its first difference from {@code other}. */
    private static String abbreviate(String line, String other) {
        int at = 0;
        while (at < line.length() && at < other.length() && line.charAt(at) == other.charAt(at)) {
            at++;
        }
        return "…" + line.substring(Math.max(0, at - 60), Math.min(line.length(), at + 60)) + "…";
    }
}
