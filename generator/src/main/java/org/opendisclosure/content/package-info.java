/**
 * Stage 1, load: reads the content directory's YAML files (in parallel, each parsed once) into the
 * {@code model}, reporting every problem. Uses {@code model} and {@code problem} only.
 */
package org.opendisclosure.content;
