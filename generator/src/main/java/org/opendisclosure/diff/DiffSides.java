package org.opendisclosure.diff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.opendisclosure.check.ContentChecker;
import org.opendisclosure.content.ContentLimits;
import org.opendisclosure.content.ContentLoader;
import org.opendisclosure.derive.BudgetRollups;
import org.opendisclosure.history.ContentRepository;
import org.opendisclosure.model.Content;
import org.opendisclosure.problem.ProblemCollector;

/**
 * Makes a side of a comparison from what a user names: a directory that exists is read from the
 * file system; anything else is a git revision of the repository the content directory is in,
 * read without a checkout. Each side is loaded, summed and checked on its own.
 */
public final class DiffSides {

    private final ContentLimits limits;

    public DiffSides(ContentLimits limits) {
        this.limits = limits;
    }

    /**
     * @param contentDirectory the content directory of the working copy, which locates the repository
     * @param displayBase      file names in messages from a directory are relative to this
     * @param side             a directory, or a revision ({@code HEAD}, {@code origin/main}, a commit id);
     *                         empty for {@code contentDirectory} itself
     * @throws IllegalArgumentException when the revision cannot be read, saying why
     */
    public DiffSide side(Path contentDirectory, Path displayBase, String side) throws IOException {
        ContentLoader loader = new ContentLoader(limits);
        ProblemCollector problems = new ProblemCollector();
        Content content;
        String label;
        if (side == null || side.isBlank()) {
            content = loader.load(contentDirectory, displayBase, problems);
            label = "工作目录";
        } else if (Files.isDirectory(Path.of(side))) {
            Path directory = Path.of(side);
            Path parent = directory.toAbsolutePath().normalize().getParent();
            content = loader.load(directory, parent == null ? directory : parent, problems);
            label = side;
        } else {
            try (ContentRepository repository = ContentRepository.find(contentDirectory).orElseThrow(
                    () -> new IllegalArgumentException("“" + side + "”不是目录，而内容目录 " + contentDirectory
                            + " 不在 git 仓库中，无法按版本读取"))) {
                var snapshot = repository.snapshot(side);
                content = loader.load(snapshot, problems);
                label = side.equals(snapshot.label()) ? side : side + "（" + snapshot.label() + "）";
            }
        }
        BudgetRollups rollups = BudgetRollups.of(content.budgets());
        return new DiffSide(label, content, rollups, new ContentChecker().check(content, rollups, problems));
    }
}
