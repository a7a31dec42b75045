package org.opendisclosure.diff;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.opendisclosure.content.ContentLimits;
import org.opendisclosure.content.ContentLoader;
import org.opendisclosure.derive.BudgetRollups;
import org.opendisclosure.history.ContentCommit;
import org.opendisclosure.history.ContentHistory;
import org.opendisclosure.history.ContentRepository;
import org.opendisclosure.model.Content;
import org.opendisclosure.problem.ProblemCollector;

/**
 * Builds the change log from the git history of the content directory: one walk of the history,
 * and for each of the newest {@code limit} revisions that touched the content, a comparison of
 * only the files it changed (projects and budgets, named with the current departments). Older
 * revisions are counted, not compared, so the work is bounded whatever the length of the history.
 * Dates are commit times, never the build's clock: the same repository gives the same log.
 */
public final class ChangeLogBuilder {

    /** How many revisions are listed in detail by default. */
    public static final int DEFAULT_LIMIT = 200;

    /** How many change sentences an entry shows. */
    static final int LINES_PER_ENTRY = 12;

    private final ContentLimits limits;
    private final int limit;

    public ChangeLogBuilder(ContentLimits limits, int limit) {
        this.limits = limits;
        this.limit = limit;
    }

    /**
     * The change log of {@code contentDirectory}, or an absent one with a note saying why.
     *
     * @param current the content as it is now, for department and catalogue names
     */
    public ChangeLog build(Path contentDirectory, Content current) {
        return read(contentDirectory).build(current);
    }

    /**
     * Reads the git history of {@code contentDirectory}: what the change log is made from apart
     * from the content as it is now, so that a build can read it while it loads the content.
     */
    public History read(Path contentDirectory) {
        try {
            Optional<ContentRepository> found = ContentRepository.find(contentDirectory);
            if (found.isEmpty()) {
                return new History(null, "内容目录不在 git 仓库中，站点不含更新记录页和“更新于”日期。");
            }
            try (ContentRepository repository = found.get()) {
                if (repository.isShallow()) {
                    return new History(null, "git 仓库是浅克隆（没有完整历史），站点不含更新记录页和“更新于”日期；"
                            + "用 git fetch --unshallow 或 actions/checkout 的 fetch-depth: 0 取得完整历史。");
                }
                ContentHistory history = ContentHistory.read(repository, limit);
                if (history.commits().isEmpty()) {
                    return new History(null, "git 仓库中还没有提交过内容，站点不含更新记录页和“更新于”日期。");
                }
                return new History(history, "");
            }
        } catch (IOException e) {
            return new History(null, "无法读取 git 历史（" + e.getMessage() + "），站点不含更新记录页和“更新于”日期。");
        }
    }

    /** The history read ({@link #read}), or why there is none. */
    public final class History {
        private final ContentHistory history;
        private final String absent;

        private History(ContentHistory history, String absent) {
            this.history = history;
            this.absent = absent;
        }

        /** The change log, its revisions compared with {@code current} for names. */
        public ChangeLog build(Content current) {
            if (history == null) {
                return ChangeLog.absent(absent);
            }
            // Most revisions change a few files; the first one adds them all, on every processor.
            ContentLoader loader = new ContentLoader(limits);
            List<ChangeLogEntry> entries = history.commits().stream()
                    .map(commit -> entry(commit, loader, current)).flatMap(Optional::stream).toList();
            return new ChangeLog(entries, history.older(),
                    history.oldest() == null ? "" : history.oldest().toLocalDate().toString(), "");
        }
    }

    /** The entry of one revision, or empty when it changed nothing readers see (comments, layout). */
    private static Optional<ChangeLogEntry> entry(ContentCommit commit, ContentLoader loader, Content current) {
        Content old = loader.load(commit.before(), new ProblemCollector());
        Content now = loader.load(commit.after(), new ProblemCollector());
        ContentDiff diff = new ContentDiffer().compare(side(commit.before().label(), old, current),
                side(commit.after().label(), now, current), false);
        Set<String> touched = new TreeSet<>(diff.touched());
        boolean names = !Naming.of(old).equals(Naming.of(now));
        if (diff.isEmpty() && !names) {
            return Optional.empty();
        }
        ChangeLines lines = ChangeLines.of(diff, LINES_PER_ENTRY);
        List<String> shown = new ArrayList<>(lines.lines());
        if (names) {
            shown.add("部门和单位的名称、分类科目或站点设置有改动");
        }
        return Optional.of(new ChangeLogEntry(commit.shortId(), commit.time(), commit.summary(), shown,
                lines.omitted(), touched));
    }

    private static DiffSide side(String label, Content partial, Content current) {
        // A revision's own departments and catalogues are not all among its changed files; names
        // come from the content as it is now.
        Content named = new Content(current.settings(), current.departments(), partial.projects(), partial.budgets(),
                current.catalogues(), current.rules(), partial.incomplete());
        return new DiffSide(label, named, BudgetRollups.of(named.budgets()), null);
    }

    /**
     * What readers see of the changed department, catalogue and settings files: names, units,
     * codes — not where each key stands in its file, so moving lines is no change.
     */
    private record Naming(Object settings, List<Object> departments, List<Object> catalogues) {
        static Naming of(Content content) {
            return new Naming(content.settings(),
                    content.departments().stream().map(d -> (Object) List.of(d.id(), String.valueOf(d.name()),
                            d.units().stream().map(u -> List.of(u.id(), String.valueOf(u.name()),
                                    String.valueOf(u.kind()))).toList())).toList(),
                    content.catalogues().stream().map(c -> (Object) List.of(c.year(), c.functional(), c.economic()))
                            .toList());
        }
    }
}
