/**
 * Stage 4, render: the site plan (which pages there are, in a fixed order), one typed view model
 * and one builder per page kind, tables with their downloads, and FreeMarker. Reads {@code derive}
 * and {@code check}; asks {@code address} for every path; lists the files of {@code export} on the
 * data page. Never reaches back to the content files.
 */
package org.opendisclosure.render;
