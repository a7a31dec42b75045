/**
 * The Maven goals: thin adapters that turn parameters into a request, run the engine and print
 * what it reports. The only package that may use the Maven API; nothing in the generator uses it.
 */
package org.opendisclosure.maven;
