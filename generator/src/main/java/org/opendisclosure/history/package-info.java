/**
 * The content's git history, read with JGit without a checkout: the content directory as it was at
 * a revision (as a {@code content.ContentSnapshot}), and the commits that changed it with the files
 * each changed. Used by {@code diff} for {@code disclosure:diff} and the change log.
 *
 * <p>Below the pipeline's stages except content: may use content and problem, nothing above.
 * Opens the repository read-only; never writes to it.
 */
package org.opendisclosure.history;
