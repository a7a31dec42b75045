package org.opendisclosure.fidelity;

import java.util.ArrayList;
import java.util.List;
import org.opendisclosure.model.Indicator;
import org.opendisclosure.model.IndicatorGroup;
import org.opendisclosure.model.IndicatorSubgroup;

/** Compares a published indicator table with the content's, row by row and in order. */
final class IndicatorRows {

    private IndicatorRows() {
    }

    /** The content's table as rows in the published shape (a 二级指标 with no indicators is one blank row). */
    static List<PublishedIndicator> of(List<IndicatorGroup> groups) {
        List<PublishedIndicator> rows = new ArrayList<>();
        for (IndicatorGroup group : groups) {
            for (IndicatorSubgroup subgroup : group.subgroups()) {
                if (subgroup.indicators().isEmpty()) {
                    rows.add(new PublishedIndicator(0, group.level1(), subgroup.level2(), null, null));
                }
                for (Indicator indicator : subgroup.indicators()) {
                    rows.add(new PublishedIndicator(0, group.level1(), subgroup.level2(), indicator.name(),
                            indicator.target().text()));
                }
            }
        }
        return rows;
    }

    /**
     * One claim per published row: held when the content has the same row after the rows matched so far; else
     * the content's row of the same name there (a difference), else missing. Content rows left over are claims of
     * their own, stated at the table's first line, so an added or reordered row is named too.
     */
    static List<Claim> compare(SeedText seed, int tableLine, String table, List<PublishedIndicator> published,
            List<PublishedIndicator> content) {
        List<Claim> claims = new ArrayList<>();
        boolean[] used = new boolean[content.size()];
        int cursor = 0;
        for (PublishedIndicator row : published) {
            int match = find(content, used, cursor, row, true);
            if (match < 0) {
                match = find(content, used, cursor, row, false);
            }
            String what = table + " 指标行";
            if (match < 0) {
                claims.add(new Claim(seed.file(), row.line(), what, row.text(), null));
            } else {
                used[match] = true;
                cursor = match + 1;
                claims.add(new Claim(seed.file(), row.line(), what, row.text(), content.get(match).text()));
            }
        }
        for (int i = 0; i < content.size(); i++) {
            if (!used[i]) {
                claims.add(new Claim(seed.file(), tableLine, table + " 指标行（原表无此行或次序不同）", "—",
                        content.get(i).text()));
            }
        }
        return claims;
    }

    private static int find(List<PublishedIndicator> content, boolean[] used, int from, PublishedIndicator row,
            boolean exact) {
        for (int i = from; i < content.size(); i++) {
            if (!used[i] && (exact ? content.get(i).text().equals(row.text())
                    : content.get(i).identity().equals(row.identity()))) {
                return i;
            }
        }
        return -1;
    }
}
