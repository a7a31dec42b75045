package org.opendisclosure.render;

import java.util.ArrayList;
import java.util.List;

/** Gathers the downloadable tables of a page: its own tables, then the data tables beside its charts. */
final class PageTables {

    private PageTables() {
    }

    static List<DownloadableTable> of(List<? extends DownloadableTable> tables, List<ChartView> charts) {
        List<DownloadableTable> all = new ArrayList<>(tables);
        charts.forEach(c -> all.add(c.table()));
        return all;
    }

    @SafeVarargs
    static List<DownloadableTable> concat(List<? extends DownloadableTable>... lists) {
        List<DownloadableTable> all = new ArrayList<>();
        for (List<? extends DownloadableTable> list : lists) {
            all.addAll(list);
        }
        return all;
    }
}
