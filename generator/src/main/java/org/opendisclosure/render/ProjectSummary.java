package org.opendisclosure.render;

import java.math.BigDecimal;

/** A project as a row of a list: name, unit, nature and annual amount in 元 (null when the form gives none). */
public record ProjectSummary(String name, String href, String unitName, String unitHref, String nature,
        BigDecimal amount) {
}
