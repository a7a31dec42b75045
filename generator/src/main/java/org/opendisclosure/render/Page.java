package org.opendisclosure.render;

import java.util.Map;

/**
 * One page to write: its path in the site (built only from validated ids), the template that
 * lays it out, and the model the template receives.
 */
public record Page(String path, String template, Map<String, Object> model) {
    public Page {
        model = Map.copyOf(model);
    }
}
