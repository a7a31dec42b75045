package org.opendisclosure.content;

import java.util.List;
import java.util.Optional;

import org.opendisclosure.model.SiteSettings;
import org.opendisclosure.problem.ProblemCollector;

/** Reads {@code site.yaml} (站点设置); every key is optional. */
final class SiteSettingsReader {

    /** The keys of {@code site.yaml}. */
    static final List<String> KEYS = List.of("title", "description", "base_url");

    private SiteSettingsReader() {
    }

    static Optional<SiteSettings> read(YamlNode root, StringPool strings, ProblemCollector problems) {
        return MappingReader.of(root, "", FieldLabels.SITE, strings, problems).map(r -> {
            SiteSettings settings = new SiteSettings(r.text("title", false).orElse(SiteSettings.DEFAULT.title()),
                    r.text("description", false).orElse(SiteSettings.DEFAULT.description()),
                    r.siteUrl("base_url", false).orElse(null));
            r.rejectUnknown(KEYS);
            return settings;
        });
    }
}
