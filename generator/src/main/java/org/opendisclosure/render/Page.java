package org.opendisclosure.render;

import java.util.Map;

/**
 * One page to write: its path in the site (built only from validated ids), the template that
 * lays it out, the model the template receives, and whether it belongs in the sitemap.
 */
public record Page(String path, String template, Map<String, Object> model, boolean listed) {
    public Page {
        model = Map.copyOf(model);
    }

    /** A page listed in the sitemap. */
    public Page(String path, String template, Map<String, Object> model) {
        this(path, template, model, true);
    }
}
