package org.opendisclosure.render;

import java.util.List;

/**
 * 更新记录: the revisions that changed published content, newest first, each with its date, the
 * commit's summary and what changed; older revisions summarised in one sentence.
 *
 * @param entries the entries listed
 * @param older   a sentence about the older revisions not listed, or empty
 */
public record ChangeLogPage(PageFrame page, List<Entry> entries, String older) implements Page {

    /**
     * One listed revision.
     *
     * @param anchor  the entry's id on the page ({@code r-3f2a91c})
     * @param date    {@code 2024-03-01}
     * @param commit  the abbreviated commit id
     * @param summary the commit's summary
     * @param changes what changed, one sentence each
     * @param more    a sentence about the changes not listed, or empty
     */
    public record Entry(String anchor, String date, String commit, String summary, List<String> changes,
            String more) {
        public Entry {
            changes = List.copyOf(changes);
        }
    }

    public ChangeLogPage {
        entries = List.copyOf(entries);
    }

    @Override
    public String template() {
        return "changes.ftlh";
    }

    @Override
    public List<DownloadableTable> downloadableTables() {
        return List.of();
    }
}
