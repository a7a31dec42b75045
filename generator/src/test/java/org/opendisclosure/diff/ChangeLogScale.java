package org.opendisclosure.diff;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.TimeZone;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.opendisclosure.content.ContentLimits;
import org.opendisclosure.content.ContentLoader;
import org.opendisclosure.model.Content;
import org.opendisclosure.problem.ProblemCollector;

/**
 * Measures the change log at city scale; not a test (speed is measured, not asserted). Run on
 * content made by {@code bench/GenerateContent.java --size M --out DIR}: it commits
 * {@code DIR/content} once, then {@code commits} revisions that each re-target an indicator and
 * change an amount in a few projects, and times building the change log. With {@code commits} 0 it
 * only times an existing repository (JGit's {@code add} re-reads the whole work tree per commit;
 * making the history with command-line git is much faster).
 *
 * <pre>
 * java -cp generator/target/classes:generator/target/test-classes:$(cat cp.txt) \
 *     org.opendisclosure.diff.ChangeLogScale DIR 300
 * </pre>
 */
public final class ChangeLogScale {

    private ChangeLogScale() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        int commits = Integer.parseInt(args[1]);
        List<Path> projects;
        try (Stream<Path> walk = Files.walk(root.resolve("content/projects"))) {
            projects = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        Instant clock = Instant.parse("2024-01-01T02:00:00Z");
        if (commits == 0) {
            measure(root);
            return;
        }
        try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
            Instant started = Instant.now();
            git.add().addFilepattern("content").call();
            git.commit().setMessage("首次发布").setSign(false).setAuthor(ident(clock)).setCommitter(ident(clock)).call();
            Random random = new Random(1);
            for (int i = 0; i < commits; i++) {
                clock = clock.plusSeconds(3_600);
                for (int f = 0; f < 3; f++) {
                    Path file = projects.get(random.nextInt(projects.size()));
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    text = text.replaceFirst("annual_total: (\\d+)", "annual_total: $1" + random.nextInt(10))
                            .replaceFirst("target: \"≥(\\d+)", "target: \"≥" + (1 + random.nextInt(99)));
                    Files.writeString(file, text, StandardCharsets.UTF_8);
                }
                git.add().addFilepattern("content").call();
                git.commit().setMessage("第 " + (i + 1) + " 次更正").setSign(false).setAuthor(ident(clock))
                        .setCommitter(ident(clock)).call();
            }
            System.out.println("history made in " + Duration.between(started, Instant.now()).toMillis() + " ms");
        }
        measure(root);
    }

    /** Builds the change log of the repository at {@code root} three times, printing the time of each. */
    private static void measure(Path root) {
        Content current = new ContentLoader(ContentLimits.DEFAULT).load(root.resolve("content"), root,
                new ProblemCollector());
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        for (int run = 0; run < 3; run++) {
            long cpu = os.getProcessCpuTime();
            Instant started = Instant.now();
            ChangeLog log = new ChangeLogBuilder(ContentLimits.DEFAULT, ChangeLogBuilder.DEFAULT_LIMIT)
                    .build(root.resolve("content"), current);
            System.out.println("change log: " + log.entries().size() + " entries, " + log.older() + " older, in "
                    + Duration.between(started, Instant.now()).toMillis() + " ms, "
                    + (os.getProcessCpuTime() - cpu) / 1_000_000 + " ms of CPU");
        }
    }

    private static PersonIdent ident(Instant when) {
        return new PersonIdent(new PersonIdent("编辑", "editor@example.org"), Date.from(when),
                TimeZone.getTimeZone("Asia/Shanghai"));
    }
}
