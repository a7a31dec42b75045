package org.opendisclosure.render;

/** A labelled value of a project's basic information; {@code href} (site-root relative) may be null. */
public record Fact(String label, String value, String href) {
}
