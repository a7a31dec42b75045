/**
 * The live preview for editors: a local HTTP server that rebuilds with the engine
 * ({@link org.opendisclosure.SiteGenerator}) on every save. Part of the engine layer; free of Maven.
 */
package org.opendisclosure.serve;
