package org.opendisclosure.render;

import java.util.ArrayList;
import java.util.List;

import org.opendisclosure.address.SiteAddresses;
import org.opendisclosure.derive.SiteModel;
import org.opendisclosure.derive.YearInSite;
import org.opendisclosure.model.SiteSettings;

/** Builds the home page: the years, newest first, with their departments, projects and totals. */
final class HomePageBuilder {

    private final SiteModel site;
    private final PageFrames frames;
    private final Glossary glossary;

    HomePageBuilder(SiteModel site, PageFrames frames, Glossary glossary) {
        this.site = site;
        this.frames = frames;
        this.glossary = glossary;
    }

    HomePage build() {
        List<GroupSummary> years = new ArrayList<>();
        for (YearInSite year : site.yearsNewestFirst()) {
            years.add(new GroupSummary(year.year() + " 年", SiteAddresses.year(year.year()),
                    year.departments().size() + " 个部门", year.projects().size(), year.projectTotal()));
        }
        SiteSettings settings = site.settings();
        PageFrame frame = frames.frame(SiteAddresses.HOME, settings.title(),
                settings.description().isEmpty() ? settings.title() : settings.description(), List.of());
        return new HomePage(frame, settings.description(),
                ListTables.groups("year-list", "按年度浏览", "年度", years, "", null),
                glossary.isEmpty() ? "" : SiteAddresses.GLOSSARY);
    }
}
