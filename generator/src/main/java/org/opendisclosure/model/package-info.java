/**
 * The content model: plain immutable records of departments, units, projects, budgets and
 * catalogues, with their source positions. Free of YAML, Maven and FreeMarker types; uses only
 * {@code problem} (for positions). Every stage above reads it.
 */
package org.opendisclosure.model;
