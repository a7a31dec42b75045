package org.opendisclosure.render;

/** A link for a template: text and a path relative to the site root (the template adds the page's root). */
public record Link(String label, String href) {
}
