/**
 * Stage 4, search: the documents a reader can find and the static index files the browser
 * searches, built from {@code derive}; links from {@code address}.
 */
package org.opendisclosure.search;
