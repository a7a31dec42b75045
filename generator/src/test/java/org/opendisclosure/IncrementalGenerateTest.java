package org.opendisclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.content.ContentLimits;
import org.opendisclosure.metrics.Count;

/**
 * {@code generate} with a build cache: after a small change it renders only the pages whose
 * inputs changed and writes only the files whose bytes changed, and its site is always, byte for
 * byte, the site a build without a cache writes. A cache it cannot trust — another engine, other
 * settings, damaged, foreign — is ignored with a note, and so is a file of the published site that
 * someone changed since. (The random sequences of edits of {@link LiveSiteEquivalenceTest} check
 * the same equivalence edit by edit.)
 */
class IncrementalGenerateTest {

    private static final String PROJECT = "content/projects/2024/social-insurance-services.yaml";
    private static final String PROJECT_PAGE = "2024/projects/social-insurance-services.html";
    /** A page the edit of {@link #PROJECT} does not touch: a project of another unit. */
    private static final String OTHER_PAGE = "2024/projects/consulting-vehicles.html";

    @TempDir
    Path dir;

    private Path content;
    private Path templates;
    private final List<String> notes = new ArrayList<>();

    @BeforeEach
    void copyTheBundledSite() throws IOException {
        content = FixtureSite.copyOfBundledContent(dir.resolve("content"));
        templates = dir.resolve("templates");
        FixtureSite.copyOfTemplates(templates);
    }

    @Test
    void aBuildWithoutChangesRendersOnlyThePagesThatSumUpTheSite() throws IOException {
        GenerationResult first = cached("engine A");
        assertEquals(first.pagesWritten(), rendered(first), "the first build renders everything");
        Object page = fileKey(PROJECT_PAGE);
        GenerationResult second = cached("engine A");
        assertFewRendered(second);
        assertEquals(page, fileKey(PROJECT_PAGE), "the page is the same file, taken over from the last site");
        assertEquals(0, second.summary().counts().get(Count.FILES), "no file's bytes changed");
        assertEquals(first.summary().counts().get(Count.FILES), second.summary().counts().get(Count.FILES_KEPT));
        assertSameAsFullBuild();
    }

    @Test
    void aProjectEditRendersItsPagesAndWritesOnlyWhatChanged() throws IOException {
        cached("engine A");
        Object edited = fileKey(PROJECT_PAGE);
        Object other = fileKey(OTHER_PAGE);
        replace(PROJECT, "name: ", "name: 改名后的");
        GenerationResult second = cached("engine A");
        assertFewRendered(second);
        assertTrue(!edited.equals(fileKey(PROJECT_PAGE)), "the edited project's page is a new file");
        assertEquals(other, fileKey(OTHER_PAGE), "another unit's project page is taken over");
        long written = second.summary().counts().get(Count.FILES);
        assertTrue(written > 0 && written < 40, "files written: " + written);
        assertTrue(Files.readString(site().resolve(PROJECT_PAGE)).contains("改名后的"));
        assertSameAsFullBuild();
    }

    @Test
    void aCacheOfAnotherPluginVersionIsIgnoredWithANote() throws IOException {
        cached("disclosure-maven-plugin 0.1.0 jar-aaaa");
        replace(PROJECT, "name: ", "name: 改名后的");
        GenerationResult second = cached("disclosure-maven-plugin 0.2.0 jar-bbbb");
        assertEquals(second.pagesWritten(), rendered(second), "every page is rendered");
        assertTrue(notes.stream().anyMatch(n -> n.contains("另一版本的插件或另一组设置")
                && n.contains("0.1.0") && n.contains("0.2.0")), notes.toString());
        assertSameAsFullBuild();
    }

    @Test
    void otherSettingsInvalidateTheCache() throws IOException {
        cached("engine A");
        GenerationResult second = build(request("engine A").withThreads(1).withChangeLog(true));
        assertEquals(second.pagesWritten(), rendered(second));
        assertTrue(notes.stream().anyMatch(n -> n.contains("changeLog true")), notes.toString());
    }

    @Test
    void aDamagedOrForeignCacheIsIgnoredWithANote() throws IOException {
        Path file = dir.resolve("cache").resolve("site-build.cache");
        cached("engine A");
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);
        assertFullBuildWithNote("已损坏（校验和不符）");

        Files.write(file, java.util.Arrays.copyOf(Files.readAllBytes(file), Files.readAllBytes(file).length / 2));
        assertFullBuildWithNote("已损坏（不完整");

        Files.writeString(file, "PK\u0003\u0004 not a cache at all\n");
        assertFullBuildWithNote("不是本工具这一版本的缓存");

        Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0});
        assertFullBuildWithNote("不是 UTF-8 文本");
        assertSameAsFullBuild();
    }

    @Test
    void aFileChangedInThePublishedSiteIsWrittenAgain() throws IOException {
        cached("engine A");
        Files.writeString(site().resolve(PROJECT_PAGE), "changed by hand");
        Files.delete(site().resolve("2019/index.html"));
        GenerationResult second = cached("engine A");
        assertFewRendered(second);
        assertSameAsFullBuild();
    }

    @Test
    void aTemplateEditRendersEveryPageButWritesOnlyWhatChanged() throws IOException {
        GenerationResult first = cached("engine A");
        Path template = templates.resolve("project.ftlh");
        Files.writeString(template, Files.readString(template).replace("<h2 id=\"source\">资料来源</h2>",
                "<h2 id=\"source\">资料来源</h2><!-- edited -->"));
        GenerationResult second = cached("engine A");
        assertEquals(second.pagesWritten(), rendered(second));
        long kept = second.summary().counts().get(Count.FILES_KEPT);
        assertTrue(kept > 0 && kept < first.summary().counts().get(Count.FILES), "files kept: " + kept);
        assertTrue(Files.readString(site().resolve(PROJECT_PAGE)).contains("<!-- edited -->"));
        assertSameAsFullBuild();
    }

    @Test
    void aFailedBuildLeavesTheCacheForTheBuildAfterTheFix() throws IOException {
        cached("engine A");
        String before = Files.readString(dir.resolve(PROJECT));
        Files.writeString(dir.resolve(PROJECT), before + "\nunknown_key_of_an_editor: 1\n");
        assertTrue(cached("engine A").hasErrors());
        assertTrue(Files.exists(dir.resolve("cache").resolve("site-build.cache")));
        Files.writeString(dir.resolve(PROJECT), before);
        GenerationResult fixed = cached("engine A");
        assertFewRendered(fixed);
        assertSameAsFullBuild();
    }

    @Test
    void withoutACacheNothingIsRecordedOrCounted() {
        GenerationResult result = new SiteGenerator().generate(request("engine A").withCache(null));
        assertFalse(result.summary().counts().containsKey(Count.PAGES_RENDERED));
        assertFalse(Files.exists(dir.resolve("cache")));
    }

    /**
     * Only the pages that sum up the site or a year are rendered again (the home, year and
     * indicator-list pages, …), and the few the change touched: well under half of the site.
     */
    private static void assertFewRendered(GenerationResult result) {
        assertTrue(rendered(result) < result.pagesWritten() / 2,
                "pages rendered again: " + rendered(result) + " of " + result.pagesWritten());
    }

    private void assertFullBuildWithNote(String note) {
        notes.clear();
        GenerationResult result = cached("engine A");
        assertEquals(result.pagesWritten(), rendered(result), "every page is rendered");
        assertTrue(notes.stream().anyMatch(n -> n.contains(note)), "expected a note with " + note + ": " + notes);
    }

    private void assertSameAsFullBuild() {
        Path full = dir.resolve("full");
        GenerationResult expected = new SiteGenerator().generate(new GenerationRequest(content, templates, full, dir,
                ContentLimits.DEFAULT, 2));
        assertFalse(expected.hasErrors(), FixtureSite.messages(expected));
        assertEquals(SiteFiles.hashes(full), SiteFiles.hashes(site()));
    }

    /** The file's identity on disk (device and inode on Unix): the same for a file taken over. */
    private Object fileKey(String page) throws IOException {
        Object key = Files.readAttributes(site().resolve(page), java.nio.file.attribute.BasicFileAttributes.class)
                .fileKey();
        org.junit.jupiter.api.Assertions.assertNotNull(key, "this file system has no file keys");
        return key;
    }

    private GenerationResult cached(String engine) {
        return build(request(engine));
    }

    private GenerationResult build(GenerationRequest request) {
        return new SiteGenerator().generate(request, notes::add);
    }

    private GenerationRequest request(String engine) {
        return new GenerationRequest(content, templates, site(), dir, ContentLimits.DEFAULT, 2)
                .withCache(new CacheSettings(dir.resolve("cache"), engine));
    }

    private Path site() {
        return dir.resolve("site");
    }

    private static int rendered(GenerationResult result) {
        return result.summary().counts().get(Count.PAGES_RENDERED).intValue();
    }

    private void replace(String file, String from, String to) throws IOException {
        Path path = dir.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), file + " has " + from);
        Files.writeString(path, text.replaceFirst(java.util.regex.Pattern.quote(from), to), StandardCharsets.UTF_8);
    }
}
