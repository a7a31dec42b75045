/**
 * Stage 5, write: the staged site, written from many threads and published atomically beside the
 * output. Uses no other package of the generator.
 */
package org.opendisclosure.write;
