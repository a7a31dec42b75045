package org.opendisclosure.render;

import java.util.List;

import org.opendisclosure.address.SiteAddresses;
import org.opendisclosure.diff.ChangeLog;
import org.opendisclosure.diff.ChangeLogEntry;

/** Builds the change-log page (更新记录) from the change log the engine read from git. */
final class ChangeLogPageBuilder {

    private final ChangeLog log;
    private final PageFrames frames;

    ChangeLogPageBuilder(ChangeLog log, PageFrames frames) {
        this.log = log;
        this.frames = frames;
    }

    ChangeLogPage build() {
        PageFrame frame = frames.frame(SiteAddresses.CHANGES, "更新记录",
                "本站公开内容的每一次更新：日期、说明，以及改动了哪些金额、项目、绩效指标和文字。",
                List.of(PageFrames.HOME));
        List<ChangeLogPage.Entry> entries = log.entries().stream().map(ChangeLogPageBuilder::entry).toList();
        String older = log.older() == 0 ? ""
                : "更早还有 " + log.older() + " 次更新（最早一次在 " + log.oldestDate() + "），此处不逐一列出；"
                        + "完整历史见本站内容的 git 仓库。";
        return new ChangeLogPage(frame, entries, older);
    }

    private static ChangeLogPage.Entry entry(ChangeLogEntry entry) {
        String href = SiteAddresses.changeEntry(entry.shortId());
        return new ChangeLogPage.Entry(href.substring(href.indexOf('#') + 1), entry.date(), entry.shortId(),
                entry.summary(), entry.lines(), entry.omitted() == 0 ? "" : "另有 " + entry.omitted() + " 处改动。");
    }
}
