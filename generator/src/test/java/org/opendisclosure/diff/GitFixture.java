package org.opendisclosure.diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.TimeZone;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.opendisclosure.FixtureSite;

/**
 * A git repository made in a test, around a {@link FixtureSite}: write files with the site, then
 * {@link #commit} them with a fixed author and time, so each test's history is the same bytes on
 * every run.
 */
public final class GitFixture implements AutoCloseable {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final FixtureSite site;
    private final Git git;
    private Instant clock = Instant.parse("2024-03-01T02:00:00Z");

    private GitFixture(FixtureSite site, Git git) {
        this.site = site;
        this.git = git;
    }

    /** A new repository at {@code root}. */
    public static GitFixture init(Path root) {
        try {
            return new GitFixture(FixtureSite.in(root), Git.init().setDirectory(root.toFile())
                    .setInitialBranch("main").call());
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    public FixtureSite site() {
        return site;
    }

    public GitFixture file(String path, String text) {
        site.file(path, text);
        return this;
    }

    public GitFixture delete(String path) {
        try {
            Files.delete(site.root().resolve(path));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commits every change (additions and deletions) one day after the previous commit; returns its id. */
    public String commit(String message) {
        try {
            git.add().addFilepattern(".").call();
            git.add().addFilepattern(".").setUpdate(true).call();
            PersonIdent editor = new PersonIdent(new PersonIdent("编辑", "editor@example.org"),
                    Date.from(clock), TimeZone.getTimeZone(BEIJING));
            RevCommit commit = git.commit().setMessage(message).setAuthor(editor).setCommitter(editor)
                    .setSign(false).call();
            clock = clock.plusSeconds(86_400);
            return commit.name();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        git.close();
    }
}
