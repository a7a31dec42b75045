package org.opendisclosure.render;

/** A project as a row of a list: name, unit, nature and annual amount (元, formatted). */
public record ProjectSummary(String name, String href, String unitName, String unitHref, String nature,
        String amount) {
}
