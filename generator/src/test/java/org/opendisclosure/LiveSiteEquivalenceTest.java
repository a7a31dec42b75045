package org.opendisclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.problem.Problem;

/**
 * The proof that the live preview's updates are right: random sequences of edits to a copy of the
 * bundled content and templates — rename a project, move money between its sub-projects, add,
 * delete and move projects, rename a department, rename a classification code (in the catalogue
 * alone: an error; with the budget too: a change), change a budget figure, edit a
 * page's template or the shared layout, change the site's settings, touch a file without
 * changing it, introduce an error and fix it — and after each edit the live site, updated in
 * place, and the site of a {@code generate} with a build cache (which renders only the pages whose
 * inputs changed) must both be byte for byte the site a full build of the same files writes. The seed of each
 * sequence is printed; {@code -Ddisclosure.equivalence.sequences=N} and {@code
 * -Ddisclosure.equivalence.steps=N} run more (see docs/testing.md), {@code
 * -Ddisclosure.equivalence.seed=S} repeats one.
 */
class LiveSiteEquivalenceTest {

    private static final int SEQUENCES = Integer.getInteger("disclosure.equivalence.sequences", 2);
    private static final int STEPS = Integer.getInteger("disclosure.equivalence.steps", 7);

    @TempDir
    Path dir;

    @Test
    void everyUpdateWritesWhatAFullBuildWrites() throws Exception {
        Long fixedSeed = Long.getLong("disclosure.equivalence.seed");
        long first = fixedSeed != null ? fixedSeed : System.nanoTime();
        for (int sequence = 0; sequence < (fixedSeed != null ? 1 : SEQUENCES); sequence++) {
            long seed = first + sequence;
            System.out.println("LiveSiteEquivalenceTest: sequence with seed " + seed
                    + " (repeat with -Ddisclosure.equivalence.seed=" + seed + ")");
            runSequence(dir.resolve("sequence-" + sequence), seed);
        }
    }

    private void runSequence(Path root, long seed) throws Exception {
        Path content = root.resolve("content");
        Path templates = root.resolve("templates");
        FixtureSite.copyOfBundledContent(content);
        FixtureSite.copyOfTemplates(templates);
        Builds builds = Builds.in(root, content, templates);
        GenerationRequest live = builds.live();
        GenerationRequest full = builds.full();
        GenerationRequest cached = builds.cached();
        LiveSite site = new LiveSite(live);
        Edits edits = new Edits(content, templates, new Random(seed));
        List<String> done = new ArrayList<>();
        compare(site, null, false, live.outputDirectory(), full, cached, done, seed);
        Random preview = new Random(seed ^ 0x9E3779B97F4A7C15L);
        for (int step = 0; step < STEPS; step++) {
            done.add(edits.next());
            if (preview.nextInt(4) == 0) {
                // As the preview does while the editor keeps saving: the pages only, the open data
                // and search index left for later.
                site.updatePages(edits.takeTouched());
                // The builds compared with it see this content too, so that all three keep the same
                // last good site should the next edit be an error.
                new SiteGenerator().generate(cached);
                new SiteGenerator().generate(full);
                done.add("(pages only) " + edits.next());
            }
            // As the preview's file watcher does: the update is told which paths changed; as the
            // preview does, it may be given pages open in a browser, to write first.
            boolean dataLater = preview.nextBoolean();
            compare(site, edits.takeTouched(), dataLater, dataLater ? openPages(live.outputDirectory(), preview)
                    : java.util.Set.of(), live.outputDirectory(), full, cached, done, seed);
        }
    }

    /**
     * An indicator list split into pages: one project's new indicators move the boundary between the
     * category's first and second page, so the second page lists another project first although no
     * file it lists changed. Its recorded layout, not its files, makes it rendered again.
     */
    @Test
    void aListPageWhoseShareOfTheListMovedIsRenderedAgain() throws Exception {
        Path root = dir.resolve("list-pages");
        Path content = GeneratedContent.bundledPlus(600, root.resolve("content"));
        Path templates = FixtureSite.repositoryRoot().resolve("templates");
        Builds builds = Builds.in(root, content, templates);
        GenerationRequest live = builds.live();
        GenerationRequest full = builds.full();
        GenerationRequest cached = builds.cached();
        LiveSite site = new LiveSite(live);
        List<String> done = new ArrayList<>();
        compare(site, null, false, live.outputDirectory(), full, cached, done, 0);
        List<Path> secondPages;
        try (var pages = Files.list(full.outputDirectory().resolve("2024/indicators"))) {
            secondPages = pages.filter(p -> p.getFileName().toString().endsWith("-2.html")).sorted().toList();
        }
        secondPages = secondPages.stream().filter(p -> read(p).contains("<h1>2024 年绩效指标：产出指标／数量指标")).toList();
        assertEquals(1, secondPages.size(), "产出指标／数量指标 has a second page: " + secondPages);
        Path secondPage = secondPages.get(0);
        String secondBefore = Files.readString(secondPage);

        Path project = content.resolve("projects/2024/gen-0001.yaml");
        Files.writeString(project, Files.readString(project).replace("""
                          - name: 系统/设备租赁数
                            target: "≥556(台)"
                """, """
                          - name: 系统/设备租赁数
                            target: "≥556(台)"
                          - name: 新增坐席数
                            target: "≥10(个)"
                          - name: 新增设备数
                            target: "≥20(台)"
                """));
        done.add("two indicators more for gen-0001");
        compare(site, java.util.Set.of(project.toAbsolutePath()), false, live.outputDirectory(), full, cached, done,
                0);
        String secondAfter = Files.readString(secondPage);
        assertTrue(!secondAfter.equals(secondBefore) && !secondAfter.contains("gen-0001"),
                "the second page changed without listing the edited project");
    }

    /**
     * The three builds of the same content compared: the live site, a full build, and the
     * incremental generate (the full build's request with a build cache).
     */
    private record Builds(GenerationRequest live, GenerationRequest full, GenerationRequest cached) {

        static Builds in(Path root, Path content, Path templates) {
            return new Builds(request(root, content, templates, "live"), request(root, content, templates, "full/site"),
                    request(root, content, templates, "cached/site")
                            .withCache(new CacheSettings(root.resolve("cached/cache"), "equivalence test engine")));
        }

        private static GenerationRequest request(Path root, Path content, Path templates, String output) {
            return new GenerationRequest(content, templates, root.resolve(output), root,
                    org.opendisclosure.content.ContentLimits.DEFAULT, 2);
        }
    }

    /** A few pages of the site as an editor might have them open: the home page, a project page, any two. */
    private static java.util.Set<String> openPages(Path site, Random random) throws IOException {
        List<String> pages;
        try (var walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).map(p -> site.relativize(p).toString()
                    .replace('\\', '/')).sorted().toList();
        }
        java.util.Set<String> open = new java.util.TreeSet<>();
        open.add("index.html");
        List<String> projects = pages.stream().filter(p -> p.contains("/projects/")).toList();
        if (!projects.isEmpty()) {
            open.add(projects.get(random.nextInt(projects.size())));
        }
        for (int i = 0; i < 2 && !pages.isEmpty(); i++) {
            open.add(pages.get(random.nextInt(pages.size())));
        }
        return open;
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Updates the live site — in one call, or as the preview does: the pages, then the open data and
     * search index once the editor pauses — and compares it and the incremental generate with a full build.
     */
    private static void compare(LiveSite site, java.util.Set<Path> touched, boolean dataLater, Path liveOutput,
            GenerationRequest full, GenerationRequest cached, List<String> done, long seed) throws IOException {
        compare(site, touched, dataLater, java.util.Set.of(), liveOutput, full, cached, done, seed);
    }

    /**
     * Compares like {@link #compare(LiveSite, java.util.Set, boolean, Path, GenerationRequest,
     * GenerationRequest, List, long)}, the pages at {@code open} written first: those said to be
     * current then must already be what the full build writes.
     */
    private static void compare(LiveSite site, java.util.Set<Path> touched, boolean dataLater,
            java.util.Set<String> open, Path liveOutput, GenerationRequest full, GenerationRequest cached,
            List<String> done, long seed) throws IOException {
        Map<String, byte[]> currentEarly = new java.util.TreeMap<>();
        LiveSite.Update update = dataLater ? site.updatePages(touched, open, current -> {
            for (String page : current) {
                assertTrue(open.contains(page), page + " was not open");
                currentEarly.put(page, readBytes(liveOutput.resolve(page)));
            }
        }) : site.update(touched, pages -> { });
        // As the preview does after every update: the open data and search index, if left behind
        // (after an update with errors, those of the last good content).
        GenerationResult data = site.updateData();
        assertEquals(List.of(), formatted(data.problems()), "writing the open data later");
        GenerationResult incremental = new SiteGenerator().generate(cached);
        GenerationResult expected = new SiteGenerator().generate(full);
        String context = "seed " + seed + ", after: " + done;
        Long rendered = incremental.summary().counts().get(org.opendisclosure.metrics.Count.PAGES_RENDERED);
        System.out.println("  " + (done.isEmpty() ? "first build" : done.get(done.size() - 1)) + ": "
                + update.pagesRendered() + " of " + update.pagesInSite() + " pages rendered live, "
                + rendered + " by the incremental generate");
        assertEquals(formatted(expected.problems()), formatted(update.result().problems()), "problems, " + context);
        assertEquals(formatted(expected.problems()), formatted(incremental.problems()),
                "problems of the incremental generate, " + context);
        assertTrue(site.dataUpToDate() || expected.hasErrors(), context);
        Map<String, byte[]> want = files(full.outputDirectory());
        assertSame(want, files(liveOutput), "the live site", context);
        Map<String, byte[]> wantOpen = new java.util.TreeMap<>(want);
        wantOpen.keySet().retainAll(currentEarly.keySet());
        assertSame(wantOpen, currentEarly, "the open pages, when said to be current", context + ", open: " + open);
        assertSame(want, files(cached.outputDirectory()), "the incremental generate", context);
    }

    private static void assertSame(Map<String, byte[]> want, Map<String, byte[]> got, String what, String context) {
        if (!want.keySet().equals(got.keySet())) {
            List<String> missing = want.keySet().stream().filter(k -> !got.containsKey(k)).toList();
            List<String> extra = got.keySet().stream().filter(k -> !want.containsKey(k)).toList();
            fail("files differ, " + context + "; missing from " + what + ": " + missing + "; only in " + what + ": "
                    + extra);
        }
        for (Map.Entry<String, byte[]> file : want.entrySet()) {
            if (!Arrays.equals(file.getValue(), got.get(file.getKey()))) {
                fail(file.getKey() + " differs in " + what + ", " + context + ":\n"
                        + firstDifference(file.getValue(), got.get(file.getKey())));
            }
        }
    }

    private static List<String> formatted(List<Problem> problems) {
        return problems.stream().map(Problem::format).toList();
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (root == null || !Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static String firstDifference(byte[] want, byte[] got) {
        String[] a = new String(want, StandardCharsets.UTF_8).split("\n", -1);
        String[] b = new String(got, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "<end>";
            String y = i < b.length ? b[i] : "<end>";
            if (!x.equals(y)) {
                return "line " + (i + 1) + "\n  full build:  " + abbreviate(x) + "\n  incremental: " + abbreviate(y);
            }
        }
        return "(same text, different bytes)";
    }

    private static String abbreviate(String line) {
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    /** Random edits an editor could make, each described for the failure message. */
    private static final class Edits {

        private static final Pattern NAME = Pattern.compile("(?m)^name: \"?([^\"\\n]*)\"?$");
        private static final Pattern SUBPROJECT_AMOUNT = Pattern.compile("(?m)^    amount: ([0-9]+)$");
        private static final Pattern UNIT = Pattern.compile("(?m)^unit: (\\S+)$");
        private static final Pattern DEPARTMENT = Pattern.compile("(?m)^department: (\\S+)$");
        private static final Pattern UNIT_ID = Pattern.compile("(?m)^  - id: (\\S+)$");
        private static final Pattern ID = Pattern.compile("(?m)^id: (\\S+)$");
        private static final Pattern CATALOGUE_NAME = Pattern.compile("(?m)^  \"([0-9]{3,7})\": (.+)$");
        private static final Pattern BUDGET_NUMBER = Pattern.compile("(?m)^(\\s+\\w+: )([0-9][0-9,]*(?:\\.[0-9]+)?)$");

        private final Path content;
        private final Path templates;
        private final Random random;
        private final Map<Path, String> broken = new HashMap<>();
        private final java.util.Set<Path> touched = new java.util.HashSet<>();
        private int count;

        /** The paths written or deleted since the last call, as a file watcher reports them. */
        java.util.Set<Path> takeTouched() {
            java.util.Set<Path> taken = java.util.Set.copyOf(touched);
            touched.clear();
            return taken;
        }

        private void write(Path file, String text) throws IOException {
            Files.writeString(file, text);
            touched.add(file.toAbsolutePath().normalize());
        }

        private void delete(Path file) throws IOException {
            Files.delete(file);
            touched.add(file.toAbsolutePath().normalize());
        }

        Edits(Path content, Path templates, Random random) {
            this.content = content;
            this.templates = templates;
            this.random = random;
        }

        String next() throws IOException {
            count++;
            if (!broken.isEmpty() && random.nextInt(3) > 0) {
                Path file = broken.keySet().iterator().next();
                write(file, broken.remove(file));
                return "fix " + content.relativize(file);
            }
            return switch (random.nextInt(13)) {
                case 0 -> renameProject();
                case 1 -> shiftBetweenSubprojects();
                case 2 -> addProject();
                case 3 -> deleteProject();
                case 4 -> moveProject();
                case 5 -> renameCatalogueCode();
                case 6 -> changeBudgetNumber();
                case 7 -> editTemplate(random.nextBoolean() ? "project.ftlh" : "layout.ftlh");
                case 8 -> breakProject();
                case 9 -> renameDepartment();
                case 10 -> editSettings();
                case 11 -> renameCodeEverywhere();
                default -> touch();
            };
        }

        private String renameProject() throws IOException {
            Path file = pick(projects());
            replaceFirst(file, NAME, m -> "name: \"" + m.group(1) + "（改" + count + "）\"");
            return "rename project " + content.relativize(file);
        }

        private String shiftBetweenSubprojects() throws IOException {
            for (Path file : shuffled(projects())) {
                String text = Files.readString(file);
                Matcher m = SUBPROJECT_AMOUNT.matcher(text);
                List<int[]> spans = new ArrayList<>();
                List<Long> values = new ArrayList<>();
                while (m.find() && spans.size() < 2) {
                    spans.add(new int[] {m.start(1), m.end(1)});
                    values.add(Long.parseLong(m.group(1)));
                }
                if (spans.size() == 2 && values.get(1) > count) {
                    String edited = text.substring(0, spans.get(0)[0]) + (values.get(0) + count)
                            + text.substring(spans.get(0)[1], spans.get(1)[0]) + (values.get(1) - count)
                            + text.substring(spans.get(1)[1]);
                    write(file, edited);
                    return "move " + count + " yuan between sub-projects of " + content.relativize(file);
                }
            }
            return touch();
        }

        private String addProject() throws IOException {
            Path file = pick(projects());
            String text = Files.readString(file);
            Matcher id = ID.matcher(text);
            assertTrue(id.find(), file.toString());
            String newId = id.group(1) + "-copy" + count;
            Path copy = file.resolveSibling(newId + ".yaml");
            write(copy, ID.matcher(text).replaceFirst("id: " + newId));
            return "add project " + content.relativize(copy);
        }

        private String deleteProject() throws IOException {
            List<Path> copies = projects().stream().filter(p -> p.getFileName().toString().contains("-copy")).toList();
            Path file = pick(copies.isEmpty() ? projects() : copies);
            if (copies.isEmpty()) {
                // An original may be named by a budget's key projects: a later step puts it back.
                broken.putIfAbsent(file, Files.readString(file));
            } else {
                broken.remove(file);
            }
            delete(file);
            return "delete project " + content.relativize(file);
        }

        private String moveProject() throws IOException {
            Path file = pick(projects());
            String text = Files.readString(file);
            Matcher department = DEPARTMENT.matcher(text);
            assertTrue(department.find(), file.toString());
            String units = Files.readString(content.resolve("departments/" + department.group(1) + ".yaml"));
            List<String> ids = new ArrayList<>();
            Matcher unit = UNIT_ID.matcher(units);
            while (unit.find()) {
                ids.add(unit.group(1));
            }
            String target = ids.get(random.nextInt(ids.size()));
            replaceFirst(file, UNIT, m -> "unit: " + target);
            return "move " + content.relativize(file) + " to unit " + target;
        }

        private String renameCatalogueCode() throws IOException {
            Path file = content.resolve("catalogues/2019.yaml");
            String text = Files.readString(file);
            List<MatchResultCopy> names = new ArrayList<>();
            Matcher m = CATALOGUE_NAME.matcher(text);
            while (m.find()) {
                names.add(new MatchResultCopy(m.start(2), m.end(2), m.group(1)));
            }
            MatchResultCopy chosen = names.get(random.nextInt(names.size()));
            // A name the budget also prints: the checks may report the difference; a later step restores it.
            broken.putIfAbsent(file, text);
            write(file, text.substring(0, chosen.end()) + "（改" + count + "）" + text.substring(chosen.end()));
            return "rename catalogue code " + chosen.code();
        }

        /** Renames a code where the catalogue and the budget both print it: a change, not an error. */
        private String renameCodeEverywhere() throws IOException {
            Path catalogue = content.resolve("catalogues/2019.yaml");
            Path budget = content.resolve("budgets/2019/shrss.yaml");
            String budgetText = Files.readString(budget);
            Matcher row = Pattern.compile("(?m)^  - code: \"([0-9]+)\"\n    name: (.+)$").matcher(budgetText);
            List<MatchResultCopy> rows = new ArrayList<>();
            while (row.find()) {
                rows.add(new MatchResultCopy(row.start(2), row.end(2), row.group(1)));
            }
            MatchResultCopy chosen = rows.get(random.nextInt(rows.size()));
            String code = chosen.code();
            String suffix = "（改" + count + "）";
            write(budget, Pattern.compile("(?m)^(  - code: \"" + code + "\"\n    name: .+)$").matcher(budgetText)
                    .replaceAll("$1" + suffix));
            write(catalogue, Files.readString(catalogue).replaceFirst("(?m)^(  \"" + code + "\": .+)$",
                    "$1" + suffix));
            return "rename code " + code + " in the catalogue and the budget";
        }

        private String changeBudgetNumber() throws IOException {
            Path file = content.resolve("budgets/2019/shrss.yaml");
            String text = Files.readString(file);
            List<MatchResultCopy> numbers = new ArrayList<>();
            Matcher m = BUDGET_NUMBER.matcher(text);
            while (m.find()) {
                numbers.add(new MatchResultCopy(m.start(2), m.end(2), m.group(2)));
            }
            MatchResultCopy chosen = numbers.get(random.nextInt(numbers.size()));
            broken.putIfAbsent(file, text);
            write(file, text.substring(0, chosen.end()) + "1" + text.substring(chosen.end()));
            return "change budget number " + chosen.code() + " at offset " + chosen.start();
        }

        private String editTemplate(String name) throws IOException {
            Path file = templates.resolve(name);
            String text = Files.readString(file);
            int at = text.lastIndexOf("</");
            write(file, text.substring(0, at) + "<!-- 编辑 " + count + " -->" + text.substring(at));
            return "edit template " + name;
        }

        private String breakProject() throws IOException {
            Path file = pick(projects());
            String text = Files.readString(file);
            broken.putIfAbsent(file, text);
            write(file, text.replaceFirst("(?m)^(  annual_total: [0-9,]+)", "$19"));
            return "break the arithmetic of " + content.relativize(file);
        }

        private String renameDepartment() throws IOException {
            Path file = content.resolve(random.nextBoolean() ? "departments/shrss.yaml" : "departments/shxfb.yaml");
            replaceFirst(file, NAME, m -> "name: " + m.group(1) + "（改" + count + "）");
            return "rename department " + content.relativize(file);
        }

        private String editSettings() throws IOException {
            Path file = content.resolve("site.yaml");
            write(file, Files.readString(file).replaceFirst("(?m)^(description: .*)$", "$1改" + count));
            return "edit site.yaml";
        }

        private String touch() throws IOException {
            Path file = pick(projects());
            write(file, Files.readString(file));
            Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + count));
            touched.add(file.toAbsolutePath().normalize());
            return "touch " + content.relativize(file);
        }

        private List<Path> projects() throws IOException {
            try (Stream<Path> walk = Files.walk(content.resolve("projects"))) {
                return walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            }
        }

        private List<Path> shuffled(List<Path> paths) {
            List<Path> copy = new ArrayList<>(paths);
            java.util.Collections.shuffle(copy, random);
            return copy;
        }

        private Path pick(List<Path> paths) {
            return paths.get(random.nextInt(paths.size()));
        }

        private void replaceFirst(Path file, Pattern pattern, java.util.function.Function<Matcher, String> by)
                throws IOException {
            String text = Files.readString(file);
            Matcher m = pattern.matcher(text);
            assertTrue(m.find(), pattern + " in " + file);
            write(file, text.substring(0, m.start()) + by.apply(m) + text.substring(m.end()));
        }

        private record MatchResultCopy(int start, int end, String code) {
        }
    }
}
