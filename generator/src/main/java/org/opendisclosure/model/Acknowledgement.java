package org.opendisclosure.model;

/**
 * 已知差异说明: the editor's statement that a reported problem is a discrepancy of the official
 * document itself, published as stated.
 *
 * @param check   the problem code it acknowledges, e.g. {@code subprojects-total}
 * @param at      the key path it is limited to, or empty for every problem of that code in the file
 * @param reason  the explanation shown to readers
 * @param keyPath where the acknowledgement itself stands, e.g. {@code acknowledged[0]}
 */
public record Acknowledgement(String check, String at, String reason, String keyPath) {
}
