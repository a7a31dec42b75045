/**
 * The generator's threads: naming the daemon threads a stage works on, and waiting for their work
 * so that a failure there is thrown here as it was thrown. Uses no other package of the generator;
 * every stage may use it.
 */
package org.opendisclosure.concurrent;
