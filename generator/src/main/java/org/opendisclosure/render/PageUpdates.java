package org.opendisclosure.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.opendisclosure.address.SiteAddresses;
import org.opendisclosure.derive.DepartmentInYear;
import org.opendisclosure.derive.SiteModel;
import org.opendisclosure.derive.UnitInYear;
import org.opendisclosure.derive.YearInSite;
import org.opendisclosure.diff.ChangeLog;
import org.opendisclosure.diff.ChangeLogEntry;
import org.opendisclosure.diff.RecordKeys;
import org.opendisclosure.model.Project;

/**
 * Which change-log entry last touched each page's figures: a project page its project, a unit or
 * department page its budget and projects, a year's pages anything of that year, the site-wide
 * pages anything at all. The records behind each page are listed once, when the plan is made; a
 * page then costs one look-up per record.
 */
final class PageUpdates {

    /** No change log: no 更新于 lines, no link. */
    static final PageUpdates NONE = new PageUpdates(null, Map.of());

    private final ChangeLog log;
    private final Map<String, List<String>> keysByPage;

    private PageUpdates(ChangeLog log, Map<String, List<String>> keysByPage) {
        this.log = log;
        this.keysByPage = keysByPage;
    }

    static PageUpdates of(ChangeLog log, SiteModel site) {
        if (log == null || !log.isPresent()) {
            return NONE;
        }
        Map<String, List<String>> keys = new HashMap<>();
        for (YearInSite year : site.years()) {
            int y = year.year();
            String yearKey = RecordKeys.year(y);
            keys.put(SiteAddresses.year(y), List.of(yearKey));
            keys.put(SiteAddresses.functionsIndex(y), List.of(yearKey));
            year.spending().codes().forEach(code -> keys.put(SiteAddresses.function(y, code), List.of(yearKey)));
            for (DepartmentInYear department : year.departments()) {
                String id = department.department().id();
                List<String> departmentKeys = new ArrayList<>();
                departmentKeys.add(RecordKeys.budget(y, id));
                department.projects().forEach(p -> departmentKeys.add(RecordKeys.project(y, p.id())));
                keys.put(SiteAddresses.department(y, id), departmentKeys);
                for (UnitInYear unit : department.units()) {
                    List<String> unitKeys = new ArrayList<>();
                    unitKeys.add(RecordKeys.budget(y, id));
                    unit.projects().forEach(p -> unitKeys.add(RecordKeys.project(y, p.id())));
                    keys.put(SiteAddresses.unit(y, unit.unit().id()), unitKeys);
                }
            }
            for (Project project : year.projects()) {
                keys.put(SiteAddresses.project(y, project.id()), List.of(RecordKeys.project(y, project.id())));
            }
        }
        return new PageUpdates(log, keys);
    }

    /** The change log's address, or empty without one. */
    String changeLog() {
        return log == null ? "" : SiteAddresses.CHANGES;
    }

    /** 更新于 for the page at {@code path}, or null when the listed entries do not reach back to its last change. */
    PageUpdate of(String path) {
        if (log == null) {
            return null;
        }
        List<String> keys = keysByPage.get(path);
        return (keys == null ? log.latest() : log.latest(keys)).map(PageUpdates::update).orElse(null);
    }

    private static PageUpdate update(ChangeLogEntry entry) {
        return new PageUpdate(entry.date(), SiteAddresses.changeEntry(entry.shortId()));
    }
}
