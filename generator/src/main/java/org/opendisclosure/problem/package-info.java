/**
 * Problems: the one type every stage reports what it finds with ({@code file:line:column},
 * severity, key path, message), their collector and their formats. The lowest layer: it uses no
 * other package of the generator, and every stage may use it.
 */
package org.opendisclosure.problem;
