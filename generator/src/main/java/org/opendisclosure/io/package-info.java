/**
 * Bytes on their way to a file: a file's content written straight to a stream rather than held
 * whole, and its size and SHA-256 taken as it passes. Uses no other package of the generator; every
 * stage may use it.
 */
package org.opendisclosure.io;
