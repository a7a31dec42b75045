/**
 * Stage 4, search: the documents a reader can find and the static index files the browser
 * searches, and the data the indicator browser filters in the browser ({@link
 * org.opendisclosure.search.IndicatorDataWriter}), built from {@code derive}; links from {@code address}.
 */
package org.opendisclosure.search;
