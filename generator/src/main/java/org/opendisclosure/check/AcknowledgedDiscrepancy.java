package org.opendisclosure.check;

/**
 * A problem the editor acknowledged as a discrepancy of the official document: shown to readers
 * on the page of the item it concerns.
 *
 * @param file    the content file it was found in
 * @param field   the field's Chinese label as readers know it, e.g. {@code 项目当年投入资金构成}
 * @param finding what the check found, e.g. the expected and found sums
 * @param reason  the editor's explanation
 */
public record AcknowledgedDiscrepancy(String file, String field, String finding, String reason) {
}
