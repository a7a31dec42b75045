/**
 * Escaping for the text formats the site writes (XML, JSON inside scripts). A utility below the
 * stages: it uses no other package of the generator.
 */
package org.opendisclosure.markup;
